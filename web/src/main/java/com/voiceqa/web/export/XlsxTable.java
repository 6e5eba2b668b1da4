package com.voiceqa.web.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * An export as an Excel workbook: one sheet, a bold frozen header row, numbers as numbers and everything else as
 * text. Text cells are never formulas, so transcript text that starts with {@code =} stays text (no CSV-style
 * apostrophe needed). Streaming ({@link SXSSFWorkbook}): only a window of rows is held in memory, so the
 * {@link ExportService#MAX_ROWS} limit is about file size, not heap.
 */
final class XlsxTable implements TableWriter {

    /** Rows kept in memory before older ones are flushed to a temporary file. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private int rows;

    XlsxTable(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> fields) {
        Row row = sheet.createRow(rows);
        for (int i = 0; i < fields.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = fields.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (rows == 0) {
                cell.setCellStyle(headerStyle);
            }
        }
        rows++;
    }

    @Override
    public byte[] finish() throws IOException {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
        }
    }
}
