package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV and Excel export over real HTTP: one row per visible call, finding or account, the scope of the user; the
 * workbook, read back with Apache POI, has the CSV's columns and rows.
 */
class ExportApiTest extends ServerTest {

    @Test
    void exportsFollowTheUsersScope() {
        for (String user : new String[] {"manager", "limin"}) {
            ApiClient.Response calls = as(user).get("/api/export/calls.csv");
            assertThat(calls.status()).isEqualTo(200);
            assertThat(calls.header("Content-Type")).startsWith("text/csv");
            assertThat(calls.header("Content-Disposition")).contains("voiceqa-calls.csv");
            String[] lines = calls.text().split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFF\"通话ID\",\"开始时间\"");
            assertThat(lines.length - 1).as(user + "'s calls").isEqualTo(as(user).get("/api/calls?size=1").json().get("total").asInt());
            String[] accounts = as(user).get("/api/export/accounts.csv").text().split("\r\n");
            assertThat(accounts.length - 1).isEqualTo(as(user).get("/api/accounts?size=1").json().get("total").asInt());
        }
        String limin = as("limin").get("/api/export/findings.csv").text();
        String manager = as("manager").get("/api/export/findings.csv").text();
        assertThat(limin.split("\r\n").length).isGreaterThan(1).isLessThan(manager.split("\r\n").length);
        assertThat(as("limin").get("/api/export/users.csv").status()).isEqualTo(404);
        assertThat(as("limin").get("/api/export/users.xlsx").status()).isEqualTo(404);
    }

    @Test
    void theWorkbookHasTheCsvsColumnsAndRows() throws IOException {
        for (String table : new String[] {"calls", "findings", "accounts"}) {
            for (String user : new String[] {"manager", "limin"}) {
                List<List<String>> csv = csvRows(as(user).get("/api/export/" + table + ".csv").text());
                ApiClient.Response xlsx = as(user).get("/api/export/" + table + ".xlsx");
                assertThat(xlsx.status()).isEqualTo(200);
                assertThat(xlsx.header("Content-Type"))
                        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                assertThat(xlsx.header("Content-Disposition")).contains("voiceqa-" + table + ".xlsx");
                try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
                    Sheet sheet = workbook.getSheetAt(0);
                    assertThat(sheet.getSheetName()).isEqualTo(table);
                    assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).as("bold header").isNotZero();
                    List<List<String>> rows = new ArrayList<>();
                    DataFormatter text = new DataFormatter();
                    for (Row row : sheet) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < csv.getFirst().size(); i++) {
                            cells.add(row.getCell(i) == null ? "" : text.formatCellValue(row.getCell(i)));
                        }
                        rows.add(cells);
                    }
                    assertThat(rows).as(user + " " + table).hasSize(csv.size());
                    assertThat(rows.getFirst()).isEqualTo(csv.getFirst());
                    for (int r = 1; r < rows.size(); r++) {
                        assertThat(rows.get(r).getFirst()).as("row " + r).isEqualTo(csv.get(r).getFirst());
                    }
                }
            }
        }
    }

    /** The CSV's rows (fields unquoted), BOM stripped; the export's fields hold no line breaks here. */
    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
            List<String> fields = new ArrayList<>();
            for (String field : line.substring(1, line.length() - 1).split("\",\"", -1)) {
                fields.add(field.replace("\"\"", "\""));
            }
            rows.add(fields);
        }
        return rows;
    }
}
