package com.voiceqa.web.contacts;

import com.voiceqa.web.api.Ref;

import java.time.Instant;

/**
 * An order or contract of an account (docs/api.md, "Account events").
 *
 * @param kind       {@code order} or {@code contract}
 * @param occurredAt the start of the day it happened, in the server's zone
 * @param amount     its value in the company's currency, or null
 */
public record AccountEvent(long id, Ref account, String kind, Instant occurredAt, Double amount, String note,
                           Ref recordedBy, Instant recordedAt) {
}
