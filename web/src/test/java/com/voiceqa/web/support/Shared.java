package com.voiceqa.web.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The team's shared fixtures, given by surefire as {@code voiceqa.shared}; missing fixtures fail the test loudly. */
public final class Shared {

    private Shared() {
    }

    public static Path dir() {
        String value = System.getProperty("voiceqa.shared");
        if (value == null || !Files.isDirectory(Path.of(value, "test-audio", "calls"))) {
            throw new IllegalStateException("the web tests need the shared fixtures: run them with Maven (surefire sets "
                    + "-Dvoiceqa.shared) from a checkout with ../shared/test-audio/calls beside it; got " + value);
        }
        return Path.of(value);
    }
}
