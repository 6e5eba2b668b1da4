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

    /** A day that has happened: {@code today} when blank, a 400 when later than {@code today}. */
    public static LocalDate notAfter(LocalDate today, String field, String text) {
        if (text == null || text.isBlank()) {
            return today;
        }
        LocalDate date = parse(field, text);
        if (date.isAfter(today)) {
            throw ApiException.badRequest("日期不能晚于今天 / " + field + " must not be in the future (today is " + today + ")");
        }
        return date;
    }
}
