package com.voiceqa.rules.semantic;

import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link ContextMlpHead}: every example becomes the head's input (its window's, turn's and previous turn's
 * embeddings, read as the engine reads them: {@link Clauses#whole}) and one network is trained for all labels. One
 * call in {@link ClauseModelTrainer#HELD_OUT_EVERY}, by source, is held out to stop training; it is part of the
 * training folds, so a cross-validation fold stays unseen. Context dropout ({@link MlpTrainer.Settings#groupDropout})
 * drops the turn's and the previous turn's embeddings together: every window of a turn carries nearly the same two,
 * which lets the network learn the training turns by heart (docs/rules.md, "The context head").
 */
final class ContextHeadTraining {

    private ContextHeadTraining() {
    }

    static ContextMlpHead fit(List<String> labels, List<Example> examples, SentenceEncoder encoder,
                              ClauseModelTrainer.Progress progress, MlpTrainer.Settings settings) {
        List<String> texts = new ArrayList<>();
        for (Example e : examples) {
            texts.add(e.text());
            texts.add(Clauses.whole(e.turn()));
            if (e.previous().exists()) {
                texts.add(Clauses.whole(e.previous().text()));
            }
        }
        Map<String, float[]> encoded = ClauseModelTrainer.encodeAll(texts, encoder, progress);
        float[][] x = new float[examples.size()][];
        boolean[][] y = new boolean[examples.size()][labels.size()];
        boolean[] heldOut = new boolean[examples.size()];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            float[] previous = e.previous().exists() ? encoded.get(Clauses.whole(e.previous().text())) : null;
            x[i] = ContextMlpHead.input(new ClauseHead.Features(encoded.get(e.text()),
                    encoded.get(Clauses.whole(e.turn())), previous, e.customer(), e.previous().customer()));
            for (int k = 0; k < labels.size(); k++) {
                y[i][k] = e.labels().contains(labels.get(k));
            }
            heldOut[i] = heldOut(e);
        }
        int d = encoded.get(examples.getFirst().text()).length;
        MlpTrainer.Result result = MlpTrainer.fit(x, y, heldOut, new MlpTrainer.Group(d, 3 * d), settings,
                progress::training);
        progress.training("context head: best check " + result.bestCheck() + " of " + result.checks()
                + ", held-out loss " + String.format(java.util.Locale.ROOT, "%.5f", result.heldOutLoss()));
        return new ContextMlpHead(labels, result.network());
    }

    /** Whether an example is in the slice that only stops training. */
    static boolean heldOut(Example e) {
        return Math.floorMod(e.source().hashCode(), ClauseModelTrainer.HELD_OUT_EVERY) == 0;
    }
}
