package com.voiceqa.web.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV. Every field is quoted (quotes doubled), and a field that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe: transcript text is user-controlled.
 */
final class Csv {

    /** Excel reads UTF-8 only after a byte-order mark. */
    static final String BOM = "\uFEFF";

    private Csv() {
    }

    static String row(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
