package com.voiceqa.rules.eval;

import com.voiceqa.asr.Segment;
import com.voiceqa.asr.cli.UserError;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;
import com.voiceqa.rules.semantic.Clauses;
import com.voiceqa.rules.text.NormalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Training clauses for a {@link com.voiceqa.rules.semantic.ClauseModel}, cut the way the rules engine will read
 * calls ({@link Clauses#split} of the normalized utterance): a clause of a labeled call carries the churn categories
 * and the QA span items ({@code forbidden_words}, {@code over_promise}) whose evidence overlaps it, and
 * {@link #CUSTOMER_NEGATIVE} when its turn is labeled as a negative customer turn.
 * An utterance bank is a JSON-lines file of {@code {"text", "speaker", "category"}} (category null = no signal).
 */
final class TrainingExamples {

    static final String CUSTOMER_NEGATIVE = "customer_negative";
    static final String FORBIDDEN_WORDS = "forbidden_words";
    static final String OVER_PROMISE = "over_promise";

    private TrainingExamples() {
    }

    static List<Example> fromCalls(List<CorpusCall> calls) {
        List<Example> out = new ArrayList<>();
        for (CorpusCall c : calls) {
            List<Segment> turns = c.call().utterances();
            for (int t = 0; t < turns.size(); t++) {
                String text = NormalizedText.of(turns.get(t).text()).text();
                boolean customer = "customer".equals(turns.get(t).speaker());
                boolean negative = c.labels().customerNegativeTurns().contains(t);
                for (Clauses.Span span : Clauses.split(text)) {
                    Set<String> labels = new HashSet<>();
                    for (CallLabels.Signal s : c.labels().churnSignals()) {
                        if (s.turn() == t && overlaps(text, s.evidence(), span)) {
                            labels.add(s.category());
                        }
                    }
                    addSpans(labels, FORBIDDEN_WORDS, c.labels().forbiddenWords(), t, text, span);
                    addSpans(labels, OVER_PROMISE, c.labels().overPromise(), t, text, span);
                    if (negative) {
                        labels.add(CUSTOMER_NEGATIVE);
                    }
                    out.add(new Example(span.of(text), customer, labels));
                }
            }
        }
        return out;
    }

    private static void addSpans(Set<String> labels, String label, List<CallLabels.Span> spans, int turn, String text,
                                 Clauses.Span clause) {
        for (CallLabels.Span s : spans) {
            if (s.turn() == turn && overlaps(text, s.evidence(), clause)) {
                labels.add(label);
            }
        }
    }

    private static boolean overlaps(String text, String rawEvidence, Clauses.Span span) {
        String evidence = NormalizedText.of(rawEvidence).text();
        int at = evidence.isEmpty() ? -1 : text.indexOf(evidence);
        return at >= 0 && at < span.end() && at + evidence.length() > span.start();
    }

    static List<Example> fromBank(Path file) throws IOException {
        List<Example> out = new ArrayList<>();
        int line = 0;
        for (String json : Files.readAllLines(file)) {
            line++;
            if (json.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JsonMapper.shared().readTree(json);
                String text = NormalizedText.of(n.path("text").asString("")).text();
                if (text.isEmpty()) {
                    throw new UserError(file + ":" + line + ": \"text\" is missing or empty");
                }
                JsonNode category = n.path("category");
                Set<String> labels = category.isString() ? Set.of(category.asString()) : Set.of();
                out.add(new Example(text, !"rep".equals(n.path("speaker").asString("customer")), labels));
            } catch (JacksonException e) {
                throw new UserError(file + ":" + line + " is not a JSON object: " + e.getOriginalMessage());
            }
        }
        return out;
    }
}
