package com.voiceqa.rules.text;

/**
 * What counts as punctuation, in one place: what the simulated recognizer strips ({@code eval-rules --degrade
 * nopunct}) is exactly what the clause model does not read, so punctuated and recognizer text are read alike.
 */
public final class Punctuation {

    private Punctuation() {
    }

    /** Unicode punctuation, except the apostrophe inside English words (don't), which recognizers do write. */
    public static boolean is(char c) {
        return c != '\'' && switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
