package com.voiceqa.web.export;

import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The file types an export comes in: the same columns and rows in each. */
enum ExportFormat {

    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), table -> new CsvTable()),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            XlsxTable::new);

    final String extension;
    final MediaType mediaType;
    private final Function<String, TableWriter> writer;

    ExportFormat(String extension, MediaType mediaType, Function<String, TableWriter> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    /** A writer for the export of {@code table} (the sheet's name in a workbook). */
    TableWriter writer(String table) {
        return writer.apply(table);
    }
}
