package com.voiceqa.asr.cli;

import com.voiceqa.asr.ProgressListener;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on the error stream. On a terminal a one-line bar ("label [#####-----]  50%  26.2/52.4 s") redrawn in
 * place at most once per percent; piped into a log, a plain line every 10 % instead (no carriage returns).
 */
public final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private final double unitScale;
    private final String unit;
    private final boolean terminal;
    private int lastPercent = -1;

    ConsoleProgress(PrintStream err, String label, double unitScale, String unit, boolean terminal) {
        this.err = err;
        this.label = label;
        this.unitScale = unitScale;
        this.unit = unit;
        this.terminal = terminal;
    }

    private ConsoleProgress(PrintStream err, String label, double unitScale, String unit) {
        this(err, label, unitScale, unit, onTerminal());
    }

    /**
     * Whether the process talks to a terminal. From JDK 22 on System.console() exists even when redirected and
     * Console.isTerminal() tells (called reflectively: the code is compiled for Java 21, where null means "no").
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
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
            if (terminal) {
                err.printf(Locale.ROOT, "\r%s %.1f %s", label, done * unitScale, unit);
            }
            return;
        }
        int percent = (int) Math.min(100, Math.floor(100 * done / total));
        if (percent == lastPercent || !terminal && percent / 10 == lastPercent / 10 && lastPercent >= 0) {
            return;
        }
        lastPercent = percent;
        if (!terminal) {
            err.printf(Locale.ROOT, "%s %d%%  %.1f/%.1f %s%n", label, percent, done * unitScale, total * unitScale, unit);
            err.flush();
            return;
        }
        int filled = percent * WIDTH / 100;
        err.printf(Locale.ROOT, "\r%s [%s%s] %3d%%  %.1f/%.1f %s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                percent, done * unitScale, total * unitScale, unit);
        if (percent == 100) {
            err.println();
        }
        err.flush();
    }
}
