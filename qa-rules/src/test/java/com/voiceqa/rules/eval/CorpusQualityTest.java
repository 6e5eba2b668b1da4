package com.voiceqa.rules.eval;

import com.voiceqa.asr.TestResources;
import com.voiceqa.rules.TestCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality bars of the built-in packs, measured by the real {@code eval-rules} command: on the shared labeled
 * corpus (the bars of issue 4) and on this module's own labeled sets, each with a floor a little below its measured
 * score (docs/packs-history.md), so that a change which loses generalization fails here. {@code unseen4}, {@code unseen5} and
 * {@code unseen6} are not in the clause model's training data (all three have been studied since: development sets).
 */
class CorpusQualityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode evalJson(Path corpus, Path predictions, String... more) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--corpus", corpus.toString(), "--json", "--predictions",
                predictions.toString()));
        args.addAll(List.of(more));
        int code = new EvalRulesCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        String json = out.toString(StandardCharsets.UTF_8).strip();
        System.out.println(corpus + ": " + json);
        return JSON.readTree(json);
    }

    /**
     * The shared corpus as typed and as a recognizer would hand it over (eval-rules --degrade, seed 1): floors a little
     * below the scores measured for packs 2026.12.4 (docs/packs-history.md "Packs 2026.12.4": clean 0.845 / no punctuation
     * 0.840 / 20 % CER 0.715 churn macro-F1, QA 0.993 / 0.986 / 0.871, no false alarm in 12), so that a rule or model
     * that loses quality, or leans on punctuation or exact characters, fails. These are regression guards, not quality
     * claims: the calls are training data of the clause model (2026.12.4's context head fits its training data closer
     * than the linear head did: 2026.12.3 scored 0.816 / 0.814 / 0.625), and of the risk model, which was trained on
     * how a clause model that never saw them reads them. The honest figures are the cross-validation across authors in
     * docs/packs-history.md.
     */
    @ParameterizedTest
    @CsvSource({"none, 0.82, 0.95, 0.10", "nopunct, 0.82, 0.95, 0.10", "cer=0.2, 0.69, 0.84, 0.10"})
    void sharedCorpusHoldsCleanAndOnRecognizerShapedText(String degradation, double churnFloor, double qaFloor,
                                                         double falseAlarmCeiling) throws Exception {
        Path predictions = Files.createTempFile("predictions", ".jsonl");
        try {
            JsonNode r = evalJson(TestResources.shared().resolve("test-audio/calls"), predictions, "--degrade",
                    degradation);
            assertEquals(40, r.get("calls").asInt());
            assertEquals(9, r.get("churn").get("categories").size());
            assertEquals(40, Files.readAllLines(predictions).size());
            double f1 = r.get("churn").get("macro_f1").asDouble();
            double qa = r.get("qa").get("macro_accuracy").asDouble();
            double falseAlarms = r.get("false_alarm_rate").asDouble();
            assertTrue(f1 >= churnFloor, degradation + ": churn macro-F1 " + f1 + " is below " + churnFloor);
            assertTrue(qa >= qaFloor, degradation + ": QA macro accuracy " + qa + " is below " + qaFloor);
            assertTrue(falseAlarms <= falseAlarmCeiling, degradation + ": false-alarm rate " + falseAlarms);
        } finally {
            Files.delete(predictions);
        }
    }

    /** A labeled set of this module and the churn macro-F1 it must keep (measured scores: docs/packs-history.md). */
    private record OwnSet(String dir, int calls, double floor) {
    }

    /*
     * Floors a little under packs 2026.12.4's clean figures (in brackets, 2026.12.3's). All six sets are folds of the
     * cross-validation the clause and risk models were trained on, so these too are regression guards on training
     * data; the context head of 2026.12.4 reads its training calls closer than the linear head (every set rose, held-out
     * 1 aside). Honest figures: the cross-validation in docs/packs-history.md.
     */
    private static final List<OwnSet> OWN_SETS = List.of(
            new OwnSet("src/test/resources/heldout", 10, 0.84),   // 0.859 (0.903)
            // re-based at churn 2026.12.16 (0.832, two of its ~15 signals read differently), after that model was
            // judged better on 640 fresh blind calls (docs/packs-history.md, "Packs 2026.12.16 (churn)"): on 6 calls one
            // signal moves F1 by more than 0.02, so this floor guards against a collapse, not a signal
            new OwnSet("src/test/resources/heldout2", 6, 0.80),   // 0.876 (0.762)
            new OwnSet("src/test/resources/heldout3", 12, 0.72),  // 0.746 (0.599)
            new OwnSet("src/test/resources/unseen4", 30, 0.76),   // 0.783 (0.613)
            new OwnSet("src/test/resources/unseen5", 30, 0.84),   // 0.866 (0.686)
            new OwnSet("src/test/resources/unseen6", 30, 0.71));  // 0.734 (0.594)

    /**
     * Per set, a churn macro-F1 floor a little below its measured score; false alarms are pooled over the sets,
     * because each has only 2 to 8 risk-free calls and one call would swing its own rate by a third.
     */
    @Test
    void ownLabeledSetsStayAboveTheirFloors() throws Exception {
        int riskFree = 0;
        double falseAlarms = 0;
        for (OwnSet set : OWN_SETS) {
            Path predictions = Files.createTempFile("predictions", ".jsonl");
            try {
                JsonNode r = evalJson(Path.of(set.dir()), predictions);
                assertEquals(set.calls(), r.get("calls").asInt());
                double f1 = r.get("churn").get("macro_f1").asDouble();
                assertTrue(f1 >= set.floor(), set.dir() + ": churn macro-F1 " + f1 + " fell below the " + set.floor()
                        + " floor");
                double qa = r.get("qa").get("macro_accuracy").asDouble();
                assertTrue(qa >= 0.88, set.dir() + ": QA macro accuracy " + qa + " fell below 0.88");
                int none = (int) CorpusReader.read(Path.of(set.dir())).stream()
                        .filter(c -> c.labels().churnRisk().equals("none")).count();
                riskFree += none;
                falseAlarms += r.get("false_alarm_rate").asDouble() * none;
            } finally {
                Files.delete(predictions);
            }
        }
        // measured for 2026.12.2 and 2026.12.3 alike: 5 of 31 (unseen5 3 of 8, unseen6 2 of 8: hard negatives,
        // docs/packs-history.md); one more fails
        double rate = falseAlarms / riskFree;
        assertTrue(rate <= 0.19, "false alarms on " + Math.round(falseAlarms) + " of " + riskFree
                + " risk-free calls of this module's sets");
    }
}
