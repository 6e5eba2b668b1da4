package com.voiceqa.rules.eval;

import com.voiceqa.core.Segment;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.semantic.AdjacentTurn;
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
 * {@link #CUSTOMER_NEGATIVE} when its turn is labeled as a negative customer turn; it knows its whole turn and the
 * turns before and after it (as heard through the same channel), for a context head.
 * An utterance bank is a JSON-lines file of {@code {"text", "speaker", "category"}} (category null = no signal).
 */
final class TrainingExamples {

    static final String CUSTOMER_NEGATIVE = "customer_negative";
    static final String FORBIDDEN_WORDS = "forbidden_words";
    static final String OVER_PROMISE = "over_promise";

    private TrainingExamples() {
    }

    static List<Example> fromCalls(List<CorpusCall> calls) {
        return fromCalls(calls, new RecognizerChannel(Degradation.NONE, 0));
    }

    /**
     * The clauses of the calls as they read after {@code channel}: each turn is degraded, cut into clauses the way
     * the engine cuts recognizer text, and each clause carries the labels whose evidence overlaps the clean text
     * it came from. With {@link Degradation#NONE} these are the clean clauses.
     */
    static List<Example> fromCalls(List<CorpusCall> calls, RecognizerChannel channel) {
        List<Example> out = new ArrayList<>();
        for (CorpusCall c : calls) {
            List<Segment> turns = c.call().utterances();
            List<RecognizerChannel.Passed> passedTurns = new ArrayList<>();
            List<AdjacentTurn> heardTurns = new ArrayList<>();
            for (int t = 0; t < turns.size(); t++) {
                RecognizerChannel.Passed passed = channel.passAligned(c.call().callId() + "#" + t,
                        NormalizedText.of(turns.get(t).text()).text());
                passedTurns.add(passed);
                heardTurns.add(new AdjacentTurn(NormalizedText.of(passed.text()).text(),
                        "customer".equals(turns.get(t).speaker())));
            }
            List<AdjacentTurn> before = AdjacentTurn.before(heardTurns);
            List<AdjacentTurn> after = AdjacentTurn.after(heardTurns);
            for (int t = 0; t < turns.size(); t++) {
                String clean = NormalizedText.of(turns.get(t).text()).text();
                RecognizerChannel.Passed passed = passedTurns.get(t);
                NormalizedText heard = NormalizedText.of(passed.text());
                boolean customer = heardTurns.get(t).customer();
                boolean negative = c.labels().customerNegativeTurns().contains(t);
                for (Clauses.Span span : Clauses.split(heard.text())) {
                    int start = passed.sourceStart(heard.originalOffset(span.start()));
                    int end = passed.sourceEnd(heard.originalOffset(span.end()));
                    Set<String> labels = new HashSet<>();
                    for (CallLabels.Signal s : c.labels().churnSignals()) {
                        if (s.turn() == t && overlaps(clean, s.evidence(), start, end)) {
                            labels.add(s.category());
                        }
                    }
                    addSpans(labels, FORBIDDEN_WORDS, c.labels().forbiddenWords(), t, clean, start, end);
                    addSpans(labels, OVER_PROMISE, c.labels().overPromise(), t, clean, start, end);
                    if (negative) {
                        labels.add(CUSTOMER_NEGATIVE);
                    }
                    out.add(new Example(span.read(heard.text()), customer, labels, heard.text(), before.get(t),
                            after.get(t), c.call().callId()));
                }
            }
        }
        return out;
    }

    private static void addSpans(Set<String> labels, String label, List<CallLabels.Span> spans, int turn, String text,
                                 int start, int end) {
        for (CallLabels.Span s : spans) {
            if (s.turn() == turn && overlaps(text, s.evidence(), start, end)) {
                labels.add(label);
            }
        }
    }

    /** Whether the evidence, found in the clean turn text, overlaps {@code [start, end)} of it. */
    private static boolean overlaps(String text, String rawEvidence, int start, int end) {
        String evidence = NormalizedText.of(rawEvidence).text();
        int at = evidence.isEmpty() ? -1 : text.indexOf(evidence);
        return at >= 0 && at < end && at + evidence.length() > start;
    }

    static List<Example> fromBank(Path file) throws IOException {
        return fromBank(file, new RecognizerChannel(Degradation.NONE, 0));
    }

    /** The bank's utterances as they read after {@code channel}; an utterance keeps its category whatever the noise. */
    static List<Example> fromBank(Path file, RecognizerChannel channel) throws IOException {
        List<Example> out = new ArrayList<>();
        int line = 0;
        for (String json : Files.readAllLines(file)) {
            line++;
            if (json.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JsonMapper.shared().readTree(json);
                String clean = NormalizedText.of(n.path("text").asString("")).text();
                if (clean.isEmpty()) {
                    throw new UserError(file + ":" + line + ": \"text\" is missing or empty");
                }
                String text = NormalizedText.of(channel.pass(file.getFileName() + ":" + line, clean)).text();
                JsonNode category = n.path("category");
                Set<String> labels = category.isString() ? Set.of(category.asString()) : Set.of();
                if (text.isEmpty()) {
                    continue; // the simulated recognizer lost every character of a very short utterance
                }
                out.add(new Example(text, !"rep".equals(n.path("speaker").asString("customer")), labels, text,
                        AdjacentTurn.NONE, AdjacentTurn.NONE, file.getFileName() + ":" + line));
            } catch (JacksonException e) {
                throw new UserError(file + ":" + line + " is not a JSON object: " + e.getOriginalMessage());
            }
        }
        return out;
    }
}
