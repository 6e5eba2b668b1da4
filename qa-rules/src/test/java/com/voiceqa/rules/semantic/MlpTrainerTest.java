package com.voiceqa.rules.semantic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The context head's trainer on toy problems: it learns, it is deterministic, it stops early. */
class MlpTrainerTest {

    private static final MlpTrainer.Settings TOY =
            new MlpTrainer.Settings(16, 16, 0.01, 1e-4, 0.1, 0, 1, 300, 1, 30, 7);

    /** Output 0: XOR of the signs of inputs 0 and 1 (no linear model separates it); output 1: input 2 > 0. */
    private record Toy(float[][] x, boolean[][] y, boolean[] heldOut) {
        static Toy of(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            float[][] x = new float[n][];
            boolean[][] y = new boolean[n][];
            boolean[] heldOut = new boolean[n];
            for (int i = 0; i < n; i++) {
                // a margin around zero keeps the classes separable
                float a = sign(r) * (float) (0.2 + r.nextDouble());
                float b = sign(r) * (float) (0.2 + r.nextDouble());
                float c = sign(r) * (float) (0.2 + r.nextDouble());
                x[i] = new float[]{a * 3 + 10, b, c, (float) r.nextDouble()};
                y[i] = new boolean[]{(a > 0) != (b > 0), c > 0};
                heldOut[i] = i % 5 == 0;
            }
            return new Toy(x, y, heldOut);
        }

        private static float sign(SplittableRandom r) {
            return r.nextBoolean() ? 1 : -1;
        }

        float[][] copyOfX() {
            return copy(x);
        }
    }

    @Test
    void itLearnsASeparableProblemNoLinearModelCanAndAnswersOnRawInputs() {
        Toy train = Toy.of(400, 1);
        MlpTrainer.Result result = MlpTrainer.fit(train.copyOfX(), train.y(), train.heldOut(), MlpTrainer.Group.NONE,
                TOY, line -> { });
        Toy test = Toy.of(200, 2);
        int[] right = new int[2];
        for (int i = 0; i < test.x().length; i++) {
            double[] p = result.network().predict(test.x()[i]);
            for (int k = 0; k < 2; k++) {
                right[k] += (p[k] > 0.5) == test.y()[i][k] ? 1 : 0;
            }
        }
        assertTrue(right[0] >= 190, "XOR right on " + right[0] + " of 200 unseen points");
        assertTrue(right[1] >= 190, "threshold right on " + right[1] + " of 200 unseen points");
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        Toy train = Toy.of(200, 3);
        MlpTrainer.Settings quick = new MlpTrainer.Settings(8, 16, 0.01, 1e-4, 0.3, 0, 2, 20, 2, 5, 11);
        Mlp first = fit(train, quick);
        Mlp again = fit(train, quick);
        Mlp other = fit(train, new MlpTrainer.Settings(8, 16, 0.01, 1e-4, 0.3, 0, 2, 20, 2, 5, 12));
        assertArrayEquals(first.w1(), again.w1());
        assertArrayEquals(first.w2(), again.w2());
        assertArrayEquals(first.b1(), again.b1());
        assertArrayEquals(first.b2(), again.b2());
        assertFalse(java.util.Arrays.equals(first.w1(), other.w1()), "another seed starts elsewhere");
    }

    @Test
    void trainingStopsWhenTheHeldOutRowsStopImproving() {
        Toy train = Toy.of(200, 4);
        SplittableRandom coin = new SplittableRandom(9);
        boolean[][] noise = new boolean[200][];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = new boolean[]{coin.nextBoolean(), coin.nextBoolean()}; // nothing to learn: it can only overfit
        }
        List<String> checks = new ArrayList<>();
        MlpTrainer.Settings patient = new MlpTrainer.Settings(16, 16, 0.05, 0, 0, 0, 1, 500, 2, 3, 5);
        MlpTrainer.Result result = MlpTrainer.fit(train.copyOfX(), noise, train.heldOut(), MlpTrainer.Group.NONE,
                patient, checks::add);
        assertTrue(result.checks() < 1000, "stopped after " + result.checks() + " checks (two an epoch)");
        assertEquals(result.bestCheck() + 3, result.checks(), "three checks without improvement after the best");
        assertEquals(result.checks(), checks.size());
    }

    /**
     * Group dropout: in training, input 1 (the group) copies the label and input 0 agrees with it nine times in ten.
     * A network that may always read the group leans on it; one that often trains without it has to read input 0,
     * and is sure of the label from input 0 alone (the group at its mean, as for a context it never saw).
     */
    @Test
    void droppingAGroupOfInputsTeachesTheNetworkToReadTheOthers() {
        SplittableRandom r = new SplittableRandom(21);
        int n = 600;
        float[][] x = new float[n][];
        boolean[][] y = new boolean[n][];
        for (int i = 0; i < n; i++) {
            boolean label = r.nextBoolean();
            boolean agrees = r.nextDouble() < 0.9;
            x[i] = new float[]{(agrees == label ? 1 : -1) * (float) (0.5 + r.nextDouble()), label ? 1 : -1};
            y[i] = new boolean[]{label};
        }
        boolean[] heldOut = new boolean[n];
        MlpTrainer.Settings leaning = new MlpTrainer.Settings(8, 16, 0.01, 1e-4, 0, 0, 1, 30, 1, 30, 3);
        MlpTrainer.Group group = new MlpTrainer.Group(1, 2);
        Mlp withGroup = MlpTrainer.fit(copy(x), y, heldOut, group, leaning, line -> { }).network();
        Mlp dropped = MlpTrainer.fit(copy(x), y, heldOut, group, leaning.withGroupDropout(0.5), line -> { })
                .network();
        double[] sure = new double[2];
        for (int i = 0; i < 200; i++) {
            boolean label = i % 2 == 0;
            float[] row = {(label ? 1 : -1) * (float) (0.5 + i / 200.0), 0};
            sure[0] += (label ? withGroup.predict(row)[0] : 1 - withGroup.predict(row)[0]) / 200;
            sure[1] += (label ? dropped.predict(row)[0] : 1 - dropped.predict(row)[0]) / 200;
        }
        assertTrue(sure[1] >= 0.8, "with group dropout, the right label at " + sure[1] + " on average");
        assertTrue(sure[1] - sure[0] >= 0.1, "group dropout " + sure[1] + " against " + sure[0]);
    }

    private static float[][] copy(float[][] x) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    private static Mlp fit(Toy train, MlpTrainer.Settings s) {
        return MlpTrainer.fit(train.copyOfX(), train.y(), train.heldOut(), MlpTrainer.Group.NONE, s, line -> { })
                .network();
    }
}
