package com.voiceqa.core.id;

import java.util.regex.Pattern;

/**
 * The one rule for ids that become file and folder names: 1-64 ASCII letters, digits, {@code _}, {@code -} and
 * {@code .}, not starting with a dot. That excludes {@code .} and {@code ..}, hidden files, separators of every
 * platform, empty names and anything a shell or URL would have to quote.
 */
final class SafeName {

    static final int MAX_LENGTH = 64;
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");
    static final String RULE = "1-" + MAX_LENGTH + " letters, digits, '_', '-' or '.', not starting with '.'";

    private SafeName() {
    }

    /** The name itself when it follows the rule, else an {@link IllegalArgumentException} naming the field. */
    static String require(String what, String name) {
        if (name == null || !PATTERN.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " must be " + RULE);
        }
        return name;
    }
}
