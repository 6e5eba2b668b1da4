package com.voiceqa.rules.eval;

import com.voiceqa.rules.TestCalls;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingExamplesTest {

    private static final String TURN = "先说好，价格这块我们还能接受。不过下半年的合同，我们打算换成海川那家的系统了，"
            + "他们那边上个月已经来演示过两回，老板挺满意的，你们这边就别再跟了吧。";
    private static final String EVIDENCE = "我们打算换成海川那家的系统了";

    private static List<Example> examples(RecognizerChannel channel) {
        CallLabels labels = new CallLabels("high", List.of(new CallLabels.Signal("competitor", 1, EVIDENCE)),
                Map.of(), List.of(), List.of(), List.of());
        CorpusCall call = new CorpusCall(TestCalls.call("c1", "rep:您好", "customer:" + TURN), labels);
        return TrainingExamples.fromCalls(List.of(call), channel);
    }

    @Test
    void noisyCopiesKeepTheirLabelsWhereTheEvidenceWent() {
        List<Example> noisy = examples(new RecognizerChannel(Degradation.parse("cer=0.2"), 3));
        List<Example> labeled = noisy.stream().filter(e -> e.labels().contains("competitor")).toList();
        assertFalse(labeled.isEmpty());
        assertTrue(noisy.stream().anyMatch(e -> e.labels().isEmpty() && e.customer()),
                "clauses far from the evidence carry no label");
        for (Example e : noisy) {
            assertFalse(e.text().matches(".*[，。].*"), "a recognizer writes no punctuation: " + e.text());
        }
        assertTrue(labeled.stream().allMatch(e -> e.text().length() <= 30), "long unpunctuated text is read in windows");
    }

    @Test
    void withoutNoiseTheWindowsReadTheCleanWordsWithoutPunctuation() {
        List<Example> clean = examples(new RecognizerChannel(Degradation.NONE, 0));
        assertTrue(clean.stream().anyMatch(e -> e.text().contains("我们打算换成海川")
                && e.labels().equals(java.util.Set.of("competitor"))), clean.toString());
        assertTrue(clean.stream().anyMatch(e -> e.text().startsWith("先说好价格这块") && e.labels().isEmpty()),
                "the window before the evidence carries no label: " + clean);
        assertTrue(clean.stream().noneMatch(e -> e.text().matches(".*[，。].*")));
    }

    @Test
    void everyWindowKnowsItsTurnTheTurnBeforeItAndItsCall() {
        List<Example> clean = examples(new RecognizerChannel(Degradation.NONE, 0));
        Example greeting = clean.getFirst();
        assertFalse(greeting.previous().exists(), "the first turn has none before it");
        List<Example> answer = clean.stream().filter(Example::customer).toList();
        assertTrue(answer.size() > 1, "a long turn is several windows: " + answer);
        for (Example e : answer) {
            assertTrue(e.turn().equals(com.voiceqa.rules.text.NormalizedText.of(TURN).text()), e.turn());
            assertTrue(e.previous().text().equals("您好") && !e.previous().customer(), e.previous().toString());
            assertTrue(e.source().equals("c1"), "every window of a call has the call as its source: " + e.source());
        }
    }
}
