package com.voiceqa.web.calls;

import com.voiceqa.web.api.ApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The query parameters of {@code GET /api/calls} (docs/api.md). Every field is optional; bounds are validated.
 * Dates ({@code 2026-11-01}) mean whole days in the server's time zone.
 */
public record CallFilter(Long rep, Long team, Long account, String from, String to,
                         @Min(0) @Max(1000) Double minScore, @Min(0) @Max(1000) Double maxScore,
                         @Pattern(regexp = "((none|low|medium|high),?)+", message = "must be none, low, medium or high (comma list)") String risk,
                         @Size(max = 100) String rule,
                         @Pattern(regexp = "processing|done|failed", message = "must be processing, done or failed") String status,
                         @Size(max = 200) String q,
                         @Pattern(regexp = "(startedAt|score|risk|duration|rep|account)(,(asc|desc))?",
                                 message = "must be startedAt, score, risk, duration, rep or account, optionally ,asc or ,desc") String sort,
                         @Min(0) @Max(100_000) Integer page, @Min(1) @Max(200) Integer size) {

    public int pageOrDefault() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    public List<String> risks() {
        return splitRisks(risk);
    }

    /** {@code "medium,high"} as a list; empty for no filter. */
    public static List<String> splitRisks(String risk) {
        return risk == null || risk.isBlank() ? List.of()
                : Arrays.stream(risk.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Instant fromInstant() {
        return parse(from, "from", false);
    }

    public Instant toInstant() {
        return parse(to, "to", true);
    }

    /** An ISO instant, or a date meaning its first (or, for an upper bound, last) moment. */
    public static Instant parse(String value, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneId.systemDefault()).toInstant()
                        .minusNanos(endOfDay ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date like 2026-11-01 or an instant like "
                    + "2026-11-01T08:00:00Z, got '" + value + "'");
        }
    }

    String sortColumn() {
        String key = sort == null ? "startedAt" : sort.split(",")[0];
        return switch (key) {
            case "score" -> "c.score";
            case "risk" -> "CASE c.churn_risk WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END";
            case "duration" -> "c.duration_s";
            case "rep" -> "r.display_name";
            case "account" -> "a.name";
            default -> "c.started_at";
        };
    }

    boolean ascending() {
        return sort != null && sort.toLowerCase(Locale.ROOT).endsWith(",asc");
    }
}
