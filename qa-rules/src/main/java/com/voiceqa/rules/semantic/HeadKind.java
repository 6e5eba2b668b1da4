package com.voiceqa.rules.semantic;

import java.util.Arrays;

/**
 * How a clause model turns embeddings into label probabilities. {@link #LINEAR} (the default of train-semantic, and
 * the shipped model's until packs 2026.12.3) reads the window alone; {@link #CONTEXT_MLP} (shipped since 2026.12.4)
 * reads the window, its whole turn and the previous turn through one hidden layer.
 */
public enum HeadKind {
    LINEAR("linear"),
    CONTEXT_MLP("context-mlp");

    private final String id;

    HeadKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The head named {@code id} as written in model files and on the command line. */
    public static HeadKind of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown clause head '" + id + "'; use one of "
                        + Arrays.stream(values()).map(HeadKind::id).toList()));
    }
}
