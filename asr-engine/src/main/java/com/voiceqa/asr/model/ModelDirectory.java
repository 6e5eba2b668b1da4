package com.voiceqa.asr.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Vosk model directory, checked before Vosk sees it: Vosk reports every problem as a bare
 * IOException("Failed to create a model") with the reason only on stderr, so the layout is checked here first and
 * a missing piece is named in the error.
 *
 * @param path       the directory (am/, conf/, graph/, ivector/)
 * @param sampleRate the rate the model was trained at, from conf/mfcc.conf
 * @param language   ISO 639-1 code of the model's language ("zh", "en"), or "und" when it cannot be told
 */
public record ModelDirectory(Path path, int sampleRate, String language) {

    private static final Pattern SAMPLE_FREQUENCY = Pattern.compile("--sample-frequency=(\\d+)");
    private static final String DEFAULT_LANGUAGE_PROPERTY = "voiceqa.language";

    /** Checks the layout and reads the model's rate and language. */
    public static ModelDirectory open(Path path) {
        if (!Files.exists(path)) {
            throw new ModelException("speech model not found at " + path + ". " + ModelResolver.HOW_TO_GET_A_MODEL);
        }
        if (!Files.isDirectory(path)) {
            throw new ModelException(path + " is a file, not a model directory; give the unpacked model folder "
                    + "(the one holding am/, conf/, graph/)");
        }
        requireFile(path, "am/final.mdl");
        requireFile(path, "conf/model.conf");
        boolean staticGraph = Files.isRegularFile(path.resolve("graph/HCLG.fst"));
        boolean lookaheadGraph = Files.isRegularFile(path.resolve("graph/HCLr.fst"))
                && Files.isRegularFile(path.resolve("graph/Gr.fst"));
        if (!staticGraph && !lookaheadGraph) {
            throw new ModelException("the speech model at " + path + " is incomplete: graph/HCLG.fst (or "
                    + "graph/HCLr.fst with graph/Gr.fst) is missing; unpack the model again or re-download it");
        }
        return new ModelDirectory(path, sampleRate(path), language(path));
    }

    private static void requireFile(Path model, String file) {
        Path required = model.resolve(file);
        try {
            if (!Files.isRegularFile(required) || Files.size(required) == 0) {
                throw new ModelException("the speech model at " + model + " is incomplete: " + file + " is missing "
                        + "or empty. Point --model at the folder that holds am/, conf/ and graph/, or delete it and "
                        + "download the model again");
            }
        } catch (IOException e) {
            throw new ModelException("cannot read " + required + ": " + e.getMessage(), e);
        }
    }

    private static int sampleRate(Path model) {
        Path mfcc = model.resolve("conf/mfcc.conf");
        try {
            if (Files.isRegularFile(mfcc)) {
                Matcher m = SAMPLE_FREQUENCY.matcher(Files.readString(mfcc));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new ModelException("cannot read " + mfcc + ": " + e.getMessage(), e);
        }
        return 16_000; // Kaldi's default when mfcc.conf does not set it
    }

    /**
     * The language: the {@value #DEFAULT_LANGUAGE_PROPERTY} system property or VOICEQA_LANGUAGE when set, else
     * read from the model's folder name (vosk-model-small-cn-0.22, model-en-us) or the first line of its README.
     */
    static String language(Path model) {
        String configured = Optional.ofNullable(System.getProperty(DEFAULT_LANGUAGE_PROPERTY))
                .orElse(System.getenv("VOICEQA_LANGUAGE"));
        if (configured != null && !configured.isBlank()) {
            return configured.strip().toLowerCase(Locale.ROOT);
        }
        Path name = model.toAbsolutePath().normalize().getFileName();
        Optional<String> fromName = name == null ? Optional.empty() : fromTokens(name.toString());
        if (fromName.isPresent()) {
            return fromName.get();
        }
        try {
            Path readme = model.resolve("README");
            if (Files.isRegularFile(readme)) {
                List<String> lines = Files.readAllLines(readme);
                if (!lines.isEmpty()) {
                    return fromTokens(lines.getFirst()).orElse("und");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable README only costs the language hint
        }
        return "und";
    }

    private static Optional<String> fromTokens(String text) {
        for (String token : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            switch (token) {
                case "cn", "zh", "chinese", "mandarin", "cmn" -> { return Optional.of("zh"); }
                case "en", "english", "us" -> { return Optional.of("en"); }
                case "ja", "japanese" -> { return Optional.of("ja"); }
                case "de", "german" -> { return Optional.of("de"); }
                case "fr", "french" -> { return Optional.of("fr"); }
                case "es", "spanish" -> { return Optional.of("es"); }
                case "ru", "russian" -> { return Optional.of("ru"); }
                default -> { }
            }
        }
        return Optional.empty();
    }
}
