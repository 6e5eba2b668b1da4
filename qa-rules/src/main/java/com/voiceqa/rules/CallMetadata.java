package com.voiceqa.rules;

import java.time.Instant;

/**
 * Who and what a call was about. Any field except {@code startedAt} may be empty ({@code ""}) when unknown.
 *
 * @param rep             the sales rep (销售/客户经理) on the call
 * @param team            the rep's team
 * @param account         the customer account (客户); calls of one account form its risk trend
 * @param device          the recording device (badge id, phone line, upload)
 * @param startedAt       when the call started
 * @param durationSeconds length of the call in seconds
 */
public record CallMetadata(String rep, String team, String account, String device, Instant startedAt,
                           double durationSeconds) {
    public CallMetadata {
        rep = orEmpty(rep);
        team = orEmpty(team);
        account = orEmpty(account);
        device = orEmpty(device);
        if (startedAt == null) {
            throw new IllegalArgumentException("startedAt is required");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
