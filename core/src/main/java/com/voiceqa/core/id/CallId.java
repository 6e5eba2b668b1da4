package com.voiceqa.core.id;

import java.util.UUID;

/**
 * A call's id as its device chose it (a UUID for badges, the {@code call_id} of a WebSocket client), valid by
 * construction ({@link SafeName}): it names the call's spool folder and recording. Unique only per device; see
 * {@link CallKey}.
 */
public record CallId(String value) {

    /** @throws IllegalArgumentException when {@code value} is not a safe name; the message says what is allowed */
    public CallId {
        SafeName.require("a call id", value);
    }

    public static CallId of(UUID uuid) {
        return new CallId(uuid.toString());
    }

    public static CallId random() {
        return of(UUID.randomUUID());
    }

    /** What devices may send, for error messages. */
    public static String rule() {
        return SafeName.RULE;
    }

    @Override
    public String toString() {
        return value;
    }
}
