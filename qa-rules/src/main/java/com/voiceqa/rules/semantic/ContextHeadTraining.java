package com.voiceqa.rules.semantic;

import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link ContextMlpHead}: every example becomes the head's input (its window's, turn's, previous turn's and,
 * when the head reads it, next turn's embeddings, read as the engine reads them: {@link Clauses#whole}) and one
 * network is trained for all labels. One
 * call in {@link ClauseModelTrainer#HELD_OUT_EVERY}, by source, is held out to stop training; it is part of the
 * training folds, so a cross-validation fold stays unseen. Context dropout ({@link MlpTrainer.Settings#groupDropout})
 * drops the turn's and the adjacent turns' embeddings together: every window of a turn carries nearly the same two,
 * which lets the network learn the training turns by heart (docs/packs-history.md, "The context head"). A seed ensemble
 * trains the same network on the same rows from seeds {@code settings.seed()}, {@code +1}, …: its first network is
 * the one a single head would be.
 */
final class ContextHeadTraining {

    private ContextHeadTraining() {
    }

    /**
     * @param seeds     how many networks to train and average (1: a single network)
     * @param readsNext whether the head reads the turn after the window's
     */
    static ContextMlpHead fit(List<String> labels, List<Example> examples, SentenceEncoder encoder,
                              ClauseModelTrainer.Progress progress, MlpTrainer.Settings settings, int seeds,
                              boolean readsNext) {
        List<String> texts = new ArrayList<>();
        for (Example e : examples) {
            texts.add(e.text());
            texts.add(Clauses.whole(e.turn()));
            if (e.previous().exists()) {
                texts.add(Clauses.whole(e.previous().text()));
            }
            if (readsNext && e.next().exists()) {
                texts.add(Clauses.whole(e.next().text()));
            }
        }
        Map<String, float[]> encoded = ClauseModelTrainer.encodeAll(texts, encoder, progress);
        float[][] x = new float[examples.size()][];
        boolean[][] y = new boolean[examples.size()][labels.size()];
        boolean[] heldOut = new boolean[examples.size()];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            x[i] = ContextMlpHead.input(new ClauseHead.Features(encoded.get(e.text()),
                    encoded.get(Clauses.whole(e.turn())), embedding(encoded, e.previous()), e.customer(),
                    e.previous().customer(), readsNext ? embedding(encoded, e.next()) : null, e.next().customer()),
                    readsNext);
            for (int k = 0; k < labels.size(); k++) {
                y[i][k] = e.labels().contains(labels.get(k));
            }
            heldOut[i] = heldOut(e);
        }
        int d = encoded.get(examples.getFirst().text()).length;
        List<Mlp> networks = new ArrayList<>();
        for (int n = 0; n < seeds; n++) {
            long seed = settings.seed() + n;
            // the trainer standardizes its rows in place: every network but the last gets a copy
            float[][] rows = n == seeds - 1 ? x : copy(x);
            MlpTrainer.Result result = MlpTrainer.fit(rows, y, heldOut,
                    new MlpTrainer.Group(d, ContextMlpHead.embeddings(readsNext) * d),
                    settings.withSeed(seed), progress::training);
            progress.training("context head" + (seeds > 1 ? ", seed " + seed : "") + ": best check "
                    + result.bestCheck() + " of " + result.checks() + ", held-out loss "
                    + String.format(java.util.Locale.ROOT, "%.5f", result.heldOutLoss()));
            networks.add(result.network());
        }
        return new ContextMlpHead(labels, networks, readsNext);
    }

    private static float[] embedding(Map<String, float[]> encoded, AdjacentTurn turn) {
        return turn.exists() ? encoded.get(Clauses.whole(turn.text())) : null;
    }

    private static float[][] copy(float[][] x) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    /** Whether an example is in the slice that only stops training. */
    static boolean heldOut(Example e) {
        return Math.floorMod(e.source().hashCode(), ClauseModelTrainer.HELD_OUT_EVERY) == 0;
    }
}
