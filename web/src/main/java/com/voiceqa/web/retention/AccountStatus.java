package com.voiceqa.web.retention;

import com.fasterxml.jackson.annotation.JsonValue;
import com.voiceqa.web.api.ApiException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where an account stands with us. Only {@link #LOST} is not a customer; a won-back account is one again. */
public enum AccountStatus {
    ACTIVE, AT_RISK, LOST, WON_BACK;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isCustomer() {
        return this != LOST;
    }

    /** The status for an API code, or a 400 that lists the valid ones. */
    public static AccountStatus parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("状态无效 / status must be one of " + Arrays.stream(values())
                        .map(AccountStatus::code).collect(Collectors.joining(", "))));
    }
}
