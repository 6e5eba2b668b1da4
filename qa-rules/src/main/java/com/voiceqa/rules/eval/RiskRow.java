package com.voiceqa.rules.eval;

import com.voiceqa.rules.risk.CallSignals;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One held-out call of a cross-validation fold, as {@code cv-semantic --signals DIR} stores it for {@code cv-risk}:
 * its gold labels, what the churn pack's risk gate predicted, and what the call-level risk model reads about it, all
 * from the clause model of the fold that never saw the call's author.
 *
 * @param fold        the held-out fold (author)
 * @param degradation the text it was read as (none, nopunct, cer=R)
 * @param callId      the call
 * @param gold        its labels
 * @param gate        the packs' prediction with the severity-sum gate
 * @param signals     the risk model's input
 */
record RiskRow(String fold, String degradation, String callId, CallLabels gold, CallLabels gate, CallSignals signals) {

    static void write(Path file, List<RiskRow> rows) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (RiskRow row : rows) {
                w.write(JsonMapper.shared().writeValueAsString(row));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static List<RiskRow> read(Path file) throws IOException {
        List<RiskRow> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(JsonMapper.shared().readValue(line, RiskRow.class));
            }
        }
        return rows;
    }
}
