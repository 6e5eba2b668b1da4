package com.voiceqa.web.retention;

import com.voiceqa.web.api.ApiException;

import java.util.List;

/**
 * Why an account was lost: the churn-signal categories the rules listen for (so a loss can be compared with the
 * warnings that preceded it, docs/retention.md) plus {@code other}.
 */
public final class LossReason {

    public static final List<String> CODES = List.of("price", "competitor", "service", "quality", "communication",
            "contact_change", "demand_reduction", "non_renewal", "channel_conflict", "other");

    private LossReason() {
    }

    /** The reason code, or a 400 that lists the valid ones. */
    public static String check(String code) {
        if (code == null || !CODES.contains(code)) {
            throw ApiException.badRequest("流失原因无效 / reason must be one of " + String.join(", ", CODES));
        }
        return code;
    }
}
