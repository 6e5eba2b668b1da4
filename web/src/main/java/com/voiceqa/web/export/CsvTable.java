package com.voiceqa.web.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** An export as UTF-8 CSV with a byte-order mark ({@link Csv}). */
final class CsvTable implements TableWriter {

    private final StringBuilder text = new StringBuilder(Csv.BOM);

    @Override
    public void row(List<?> fields) {
        text.append(Csv.row(fields));
    }

    @Override
    public byte[] finish() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
