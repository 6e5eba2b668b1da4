package com.voiceqa.asr.model;

import com.voiceqa.core.cli.UserError;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How wide Vosk's decoder searches: Kaldi's {@code --beam}, {@code --max-active} and {@code --lattice-beam}. A
 * model ships its own values in conf/model.conf (the small English model: 10, 3000, 2); a narrower search costs less
 * CPU per second of audio and may lose words. Vosk 0.3.45 has no call to change them on a recognizer, so the engine
 * loads the model through a copy of its conf with these values ({@link DecoderConf}). A value left out (null) is the
 * model's own.
 *
 * <p>Checked here, because Kaldi checks them with an assertion that aborts the whole process.
 *
 * @param beam        decoding beam (log-likelihood), above 0
 * @param maxActive   most active states per frame, at least the model's {@code --min-active}
 * @param latticeBeam lattice pruning beam, above 0
 */
public record DecoderSettings(Double beam, Integer maxActive, Double latticeBeam) {

    /**
     * The model's own conf/model.conf, unchanged: the default. Narrower settings cost less CPU per live call but lose
     * words on some of the test speech (BENCHMARKS.md "Decoder search width": beam 8 cuts about a third of the
     * decoder's CPU and loses the first words of a sentence in a female voice in {@code StereoCallTest}), so they
     * are an operator's choice for a server at capacity, not the default.
     */
    public static final DecoderSettings MODEL = new DecoderSettings(null, null, null);


    /** The system property, then the environment variable, that override {@link #MODEL}. */
    public static final String PROPERTY = "voiceqa.asr.decoder";
    public static final String ENVIRONMENT = "VOICEQA_DECODER";

    private static final String FORMAT = "give 'model' (the model's own values) or any of beam=N, max-active=N, "
            + "lattice-beam=N separated by commas, e.g. beam=8,max-active=2000";

    public DecoderSettings {
        if (beam != null && !(beam > 0 && beam <= 50)) {
            throw new UserError("decoder beam must be above 0 and at most 50, got " + beam + "; " + FORMAT);
        }
        if (latticeBeam != null && !(latticeBeam > 0 && latticeBeam <= 50)) {
            throw new UserError("decoder lattice-beam must be above 0 and at most 50, got " + latticeBeam + "; "
                    + FORMAT);
        }
        if (maxActive != null && maxActive < 2) {
            throw new UserError("decoder max-active must be at least 2, got " + maxActive + "; " + FORMAT);
        }
    }

    /** What {@value #PROPERTY} / {@value #ENVIRONMENT} say, else {@link #MODEL}. */
    public static DecoderSettings fromEnvironment() {
        String value = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv(ENVIRONMENT));
        return value == null || value.isBlank() ? MODEL : parse(value);
    }

    /** Parses "model" or "beam=8,max-active=2000,lattice-beam=2" (any subset). */
    public static DecoderSettings parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.equals("model")) {
            return MODEL;
        }
        Map<String, String> values = new TreeMap<>();
        for (String part : trimmed.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || !Map.of("beam", 0, "max-active", 0, "lattice-beam", 0).containsKey(pair[0].strip())
                    || values.put(pair[0].strip(), pair[1].strip()) != null) {
                throw new UserError("bad decoder setting '" + part.strip() + "' in '" + text + "'; " + FORMAT);
            }
        }
        try {
            return new DecoderSettings(
                    values.containsKey("beam") ? Double.valueOf(values.get("beam")) : null,
                    values.containsKey("max-active") ? Integer.valueOf(values.get("max-active")) : null,
                    values.containsKey("lattice-beam") ? Double.valueOf(values.get("lattice-beam")) : null);
        } catch (NumberFormatException e) {
            throw new UserError("decoder setting '" + text + "' has a value that is not a number; " + FORMAT, e);
        }
    }

    /** Whether every value is the model's own. */
    public boolean isModel() {
        return beam == null && maxActive == null && latticeBeam == null;
    }

    @Override
    public String toString() {
        if (isModel()) {
            return "model";
        }
        StringBuilder out = new StringBuilder();
        if (beam != null) {
            out.append("beam=").append(beam);
        }
        if (maxActive != null) {
            out.append(out.isEmpty() ? "" : ",").append("max-active=").append(maxActive);
        }
        if (latticeBeam != null) {
            out.append(out.isEmpty() ? "" : ",").append("lattice-beam=").append(latticeBeam);
        }
        return out.toString();
    }
}
