package com.voiceqa.web.issues;

import com.fasterxml.jackson.annotation.JsonValue;
import com.voiceqa.web.api.ApiException;

import java.util.Arrays;
import java.util.Locale;

/** open → in_progress → resolved; a resolved issue stays resolved (a new finding raises a new issue). */
public enum IssueState {
    OPEN, IN_PROGRESS, RESOLVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IssueState parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("状态无效 / state must be open, in_progress or resolved"));
    }
}
