package com.voiceqa.rules.eval;

import com.voiceqa.rules.semantic.ClauseModelTrainer;

import java.io.PrintStream;

/**
 * Prints how far a long encode is, every 500 windows and at the end, with the windows the cache already held; fitting
 * the heads comes next, and a context head's epochs are printed as they end.
 */
final class EncoderProgress implements ClauseModelTrainer.Progress {

    private static final int EVERY = 500;

    private final PrintStream err;
    private final long started = System.nanoTime();

    EncoderProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void encoded(int done, int toEncode, int distinct) {
        if (done == 0) {
            err.printf("  %d distinct windows, %d in the cache, %d to encode%n", distinct, distinct - toEncode, toEncode);
            if (toEncode == 0) {
                err.println("  fitting the heads…");
            }
        } else if (done % EVERY == 0 || done == toEncode) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("  encoded %d / %d (%.0f s, about %.0f s left)%s%n", done, toEncode, seconds,
                    seconds / done * (toEncode - done), done == toEncode ? "; fitting the heads…" : "");
        }
    }

    @Override
    public void training(String line) {
        err.println("  " + line);
    }
}
