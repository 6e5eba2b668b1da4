package com.voiceqa.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days as the API takes them: ISO YYYY-MM-DD, with a clear 400 otherwise. */
public final class Days {

    private Days() {
    }

    public static LocalDate parse(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("日期格式应为 YYYY-MM-DD / " + field + " must be a date YYYY-MM-DD, e.g. 2026-11-30");
        }
    }
}
