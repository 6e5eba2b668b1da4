package com.voiceqa.rules.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where trained models are found by name: {@code <name>.json} in the folder named by the system property
 * {@code voiceqa.semantic.models} or the environment variable {@code VOICEQA_SEMANTIC_MODELS} when it is there, else
 * the resource shipped with the rules. Names are letters, digits, '-' and '_' only, because rule packs come from
 * users (the rule editor) and must not reach arbitrary files: this is the one place a model name becomes a path.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** Rejects a name that is not a plain model name, saying what to do instead. */
    public static String checked(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("model names are letters, digits, '-' and '_' (got \"" + name
                    + "\"); put other models in the folder named by VOICEQA_SEMANTIC_MODELS");
        }
        return name;
    }

    /**
     * Opens model {@code name}: the trained-models folder first, then {@code resourceDir + name + ".json"} on the
     * class path; null when neither has it.
     */
    public static InputStream open(String name, String resourceDir) throws IOException {
        String dir = System.getProperty("voiceqa.semantic.models", System.getenv("VOICEQA_SEMANTIC_MODELS"));
        Path file = dir == null ? null : Path.of(dir, checked(name) + ".json");
        if (file != null && Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        return ModelFiles.class.getClassLoader().getResourceAsStream(resourceDir + checked(name) + ".json");
    }
}
