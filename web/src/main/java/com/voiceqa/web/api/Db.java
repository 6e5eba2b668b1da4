package com.voiceqa.web.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column conversions that behave the same on H2 and PostgreSQL (whose driver does not bind {@link Instant}). */
public final class Db {

    /** The escape character of {@link #likeContaining} patterns: write {@code LIKE :p ESCAPE '\'}. */
    public static final char LIKE_ESCAPE = '\\';

    private Db() {
    }

    /**
     * A LIKE pattern matching text that contains {@code text} literally: its {@code %}, {@code _} and escape characters
     * are escaped, so a search for {@code _} finds underscores instead of everything.
     */
    public static String likeContaining(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
