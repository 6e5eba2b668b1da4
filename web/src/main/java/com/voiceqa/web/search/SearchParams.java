package com.voiceqa.web.search;

import com.voiceqa.web.calls.CallFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** The query parameters of {@code GET /api/search} (docs/api.md). */
public record SearchParams(@NotBlank @Size(max = 500) String q,
                           @Pattern(regexp = "rep|customer", message = "must be rep or customer") String speaker,
                           Long rep, Long team, String from, String to,
                           @Min(0) @Max(1000) Double minScore, @Min(0) @Max(1000) Double maxScore,
                           @Pattern(regexp = "((none|low|medium|high),?)+", message = "must be none, low, medium or high (comma list)") String risk,
                           @Size(max = 100) String rule, @Size(max = 200) String account,
                           @Min(0) @Max(10_000) Integer page, @Min(1) @Max(100) Integer size) {


    public int pageOrDefault() {
        return page == null ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    public List<String> risks() {
        return CallFilter.splitRisks(risk);
    }

    public Instant fromInstant() {
        return CallFilter.parse(from, "from", false);
    }

    public Instant toInstant() {
        return CallFilter.parse(to, "to", true);
    }
}
