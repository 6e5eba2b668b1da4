package com.voiceqa.asr.cli;

import com.voiceqa.asr.ProgressListener;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on the error stream ("label [#####-----]  50%  26.2/52.4 s"), redrawn in place at most
 * once per percent so that logs captured to a file stay short.
 */
public final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private final double unitScale;
    private final String unit;
    private int lastPercent = -1;

    private ConsoleProgress(PrintStream err, String label, double unitScale, String unit) {
        this.err = err;
        this.label = label;
        this.unitScale = unitScale;
        this.unit = unit;
    }

    /** Progress in seconds of audio. */
    public static ConsoleProgress seconds(PrintStream err, String label) {
        return new ConsoleProgress(err, label, 1, "s");
    }

    /** Progress in bytes, shown in MB. */
    public static ConsoleProgress bytes(PrintStream err, String label) {
        return new ConsoleProgress(err, label, 1e-6, "MB");
    }

    @Override
    public synchronized void progress(double done, double total) {
        if (total <= 0) {
            err.printf(Locale.ROOT, "\r%s %.1f %s", label, done * unitScale, unit);
            return;
        }
        int percent = (int) Math.min(100, Math.floor(100 * done / total));
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        err.printf(Locale.ROOT, "\r%s [%s%s] %3d%%  %.1f/%.1f %s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                percent, done * unitScale, total * unitScale, unit);
        if (percent == 100) {
            err.println();
        }
        err.flush();
    }
}
