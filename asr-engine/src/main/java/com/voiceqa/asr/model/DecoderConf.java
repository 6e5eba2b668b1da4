package com.voiceqa.asr.model;

import com.voiceqa.core.cli.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A model as the decoder loads it: a temporary folder that links to every file of the model except two confs, which
 * are copies. conf/model.conf carries the {@link DecoderSettings}' values; conf/mfcc.conf carries {@code --dither=0},
 * because Kaldi's own dither draws from the process-wide {@code rand()} and makes the same audio decode differently
 * from run to run; the engine adds the same noise from a seeded generator of each channel's instead (its
 * SeededDither). Vosk reads all its files when it loads a model, so the folder is only needed during {@link #load} and
 * is deleted right after; the model itself is never written.
 */
public final class DecoderConf {

    private static final Pattern MIN_ACTIVE = Pattern.compile("(?m)^--min-active=(\\d+)");
    /** Kaldi's --min-active when the conf does not set it. */
    private static final int KALDI_MIN_ACTIVE = 200;

    private DecoderConf() {
    }

    /**
     * Calls {@code loader} with the folder to load the model from: a temporary one with the settings applied and
     * Kaldi's dither off.
     *
     * @throws UserError when a setting does not fit this model (max-active below its min-active) or the temporary
     *                   folder cannot be made
     */
    public static <T> T load(ModelDirectory model, DecoderSettings settings, Function<Path, T> loader) {
        Path overlay = null;
        try {
            overlay = overlay(model.path(), settings);
            return loader.apply(overlay);
        } catch (IOException e) {
            throw new ModelException("cannot prepare the model at " + model.path() + " for decoding ("
                    + e.getMessage() + "): VoiceQA loads it through a folder of links in " + System.getProperty(
                    "java.io.tmpdir") + ", which must be writable; point java.io.tmpdir at a writable folder", e);
        } finally {
            deleteQuietly(overlay);
        }
    }

    /** conf/mfcc.conf's text with Kaldi's dither off (see the class doc). */
    static String withoutDither(String mfccConf) {
        return replace(mfccConf, "dither", 0);
    }

    /** conf/model.conf's text with the settings' values in place of the model's (added when it has none). */
    static String apply(String conf, DecoderSettings settings) {
        int minActive = minActive(conf);
        if (settings.maxActive() != null && settings.maxActive() < minActive) {
            throw new UserError("decoder max-active " + settings.maxActive() + " is below this model's min-active "
                    + minActive + "; give max-active=" + minActive + " or more");
        }
        String out = conf;
        out = replace(out, "beam", settings.beam());
        out = replace(out, "max-active", settings.maxActive());
        out = replace(out, "lattice-beam", settings.latticeBeam());
        return out;
    }

    private static String replace(String conf, String option, Number value) {
        if (value == null) {
            return conf;
        }
        Pattern line = Pattern.compile("(?m)^--" + Pattern.quote(option) + "=.*$");
        String setting = "--" + option + "=" + value;
        Matcher m = line.matcher(conf);
        if (m.find()) {
            return m.replaceAll(Matcher.quoteReplacement(setting));
        }
        return conf + (conf.isEmpty() || conf.endsWith("\n") ? "" : "\n") + setting + "\n";
    }

    private static int minActive(String conf) {
        Matcher m = MIN_ACTIVE.matcher(conf);
        return m.find() ? Integer.parseInt(m.group(1)) : KALDI_MIN_ACTIVE;
    }

    /**
     * The values the decoder runs with: the settings' where given, else the model's conf/model.conf (null where
     * neither says, i.e. Kaldi's built-in default). For the log, so an operator sees what a run really used.
     */
    public static DecoderSettings effective(ModelDirectory model, DecoderSettings settings) {
        String conf;
        try {
            conf = Files.readString(model.path().resolve("conf/model.conf"));
        } catch (IOException e) {
            return settings; // Vosk loaded the model, so this is a race with someone deleting it: say what was asked
        }
        return new DecoderSettings(
                settings.beam() != null ? settings.beam() : number(conf, "beam", Double::valueOf),
                settings.maxActive() != null ? settings.maxActive() : number(conf, "max-active", Integer::valueOf),
                settings.latticeBeam() != null ? settings.latticeBeam() : number(conf, "lattice-beam", Double::valueOf));
    }

    private static <N extends Number> N number(String conf, String option, Function<String, N> parse) {
        Matcher m = Pattern.compile("(?m)^--" + Pattern.quote(option) + "=(\\S+)").matcher(conf);
        try {
            return m.find() ? parse.apply(m.group(1)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Path overlay(Path model, DecoderSettings settings) throws IOException {
        String conf = apply(Files.readString(model.resolve("conf/model.conf")), settings);
        Path mfcc = model.resolve("conf/mfcc.conf");
        String mfccConf = Files.isRegularFile(mfcc) ? withoutDither(Files.readString(mfcc)) : null;
        Path overlay = Files.createTempDirectory("voiceqa-model-");
        try (Stream<Path> top = Files.list(model)) {
            for (Path entry : (Iterable<Path>) top::iterator) {
                if (!entry.getFileName().toString().equals("conf")) {
                    Files.createSymbolicLink(overlay.resolve(entry.getFileName().toString()),
                            entry.toAbsolutePath());
                }
            }
        }
        Path confDir = Files.createDirectory(overlay.resolve("conf"));
        try (Stream<Path> files = Files.list(model.resolve("conf"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.equals("model.conf") && !(name.equals("mfcc.conf") && mfccConf != null)) {
                    Files.createSymbolicLink(confDir.resolve(name), file.toAbsolutePath());
                }
            }
        }
        Files.writeString(confDir.resolve("model.conf"), conf);
        if (mfccConf != null) {
            Files.writeString(confDir.resolve("mfcc.conf"), mfccConf);
        }
        return overlay;
    }

    private static void deleteQuietly(Path overlay) {
        if (overlay == null) {
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(overlay)) { // does not follow the links into the model
            walk.forEach(entries::add);
        } catch (IOException e) {
            return;
        }
        entries.sort(Comparator.reverseOrder());
        for (Path entry : entries) {
            try {
                Files.deleteIfExists(entry);
            } catch (IOException e) {
                // a leftover temporary folder of links is harmless
            }
        }
    }
}
