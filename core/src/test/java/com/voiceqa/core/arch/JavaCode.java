package com.voiceqa.core.arch;

/**
 * Java source with comments and string, text-block and character literals blanked out (replaced by spaces, line
 * breaks kept), so that a name mentioned in Javadoc or in a message does not count as a dependency.
 */
final class JavaCode {

    private JavaCode() {
    }

    static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = indexOrEnd(source, "\n", i);
            } else if (source.startsWith("/*", i)) {
                end = indexOrEnd(source, "*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, "\"\"\"", i + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = closing(source, String.valueOf(source.charAt(i)), i + 1);
            } else {
                code.append(source.charAt(i++));
                continue;
            }
            end = Math.min(end, n);
            for (int j = i; j < end; j++) {
                code.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return code.toString();
    }

    private static int indexOrEnd(String source, String token, int from) {
        int at = source.indexOf(token, from);
        return at < 0 ? source.length() : at;
    }

    /** Just past the closing quote, skipping escaped characters. */
    private static int closing(String source, String quote, int from) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + quote.length();
    }
}
