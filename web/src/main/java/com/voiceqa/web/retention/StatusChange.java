package com.voiceqa.web.retention;

import com.voiceqa.web.api.Ref;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an account's status history (docs/api.md, AccountStatus).
 *
 * @param date   the day the status took effect (the day the customer was lost, not the day it was recorded)
 * @param reason the loss reason for {@code lost}, else null
 */
public record StatusChange(long id, AccountStatus status, LocalDate date, String reason, String note, Ref changedBy,
                           Instant changedAt) {
}
