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
            new MlpTrainer.Settings(16, 16, 0.01, 1e-4, 0.1, 1, 300, 1, 30, 7);

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
            float[][] out = new float[x.length][];
            for (int i = 0; i < x.length; i++) {
                out[i] = x[i].clone();
            }
            return out;
        }
    }

    @Test
    void itLearnsASeparableProblemNoLinearModelCanAndAnswersOnRawInputs() {
        Toy train = Toy.of(400, 1);
        MlpTrainer.Result result = MlpTrainer.fit(train.copyOfX(), train.y(), train.heldOut(), TOY, line -> { });
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
        MlpTrainer.Settings quick = new MlpTrainer.Settings(8, 16, 0.01, 1e-4, 0.3, 2, 20, 2, 5, 11);
        Mlp first = MlpTrainer.fit(train.copyOfX(), train.y(), train.heldOut(), quick, line -> { }).network();
        Mlp again = MlpTrainer.fit(train.copyOfX(), train.y(), train.heldOut(), quick, line -> { }).network();
        Mlp other = MlpTrainer.fit(train.copyOfX(), train.y(), train.heldOut(),
                new MlpTrainer.Settings(8, 16, 0.01, 1e-4, 0.3, 2, 20, 2, 5, 12), line -> { }).network();
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
        MlpTrainer.Settings patient = new MlpTrainer.Settings(16, 16, 0.05, 0, 0, 1, 500, 2, 3, 5);
        MlpTrainer.Result result = MlpTrainer.fit(train.copyOfX(), noise, train.heldOut(), patient, checks::add);
        assertTrue(result.checks() < 1000, "stopped after " + result.checks() + " checks (two an epoch)");
        assertEquals(result.bestCheck() + 3, result.checks(), "three checks without improvement after the best");
        assertEquals(result.checks(), checks.size());
    }
}
