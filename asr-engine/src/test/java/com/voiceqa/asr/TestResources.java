package com.voiceqa.asr;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared fixtures and the English test model; fails loudly when the build did not provide them. */
public final class TestResources {

    private TestResources() {
    }

    public static Path shared() {
        return existingDirectory("voiceqa.shared", "the shared fixtures folder (../shared beside the checkout)");
    }

    public static Path testModel() {
        return existingDirectory("voiceqa.test.model",
                "the English test model (unpacked by the build's unpack-test-model step)");
    }

    public static Path realEnglish(String file) {
        return shared().resolve("test-audio/real-en").resolve(file);
    }

    private static Path existingDirectory(String property, String what) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: it should point to " + what
                    + "; run the tests through Maven (./mvnw -B -pl asr-engine test)");
        }
        Path path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException(property + "=" + value + " is not a directory: expected " + what);
        }
        return path;
    }
}
