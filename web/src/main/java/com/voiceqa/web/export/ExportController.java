package com.voiceqa.web.export;

import com.voiceqa.web.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code GET /api/export/{calls|findings|accounts}.{csv|xlsx}} (docs/api.md, "Export"). */
@RestController
public class ExportController {

    private final ExportService exports;

    public ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/export/{table}.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String table, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        return export(table, ExportFormat.CSV, user);
    }

    @GetMapping("/api/export/{table}.xlsx")
    public ResponseEntity<byte[]> xlsx(@PathVariable String table, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        return export(table, ExportFormat.XLSX, user);
    }

    private ResponseEntity<byte[]> export(String table, ExportFormat format, CurrentUser user) throws IOException {
        byte[] file = exports.export(table, format, user);
        return ResponseEntity.ok().contentType(format.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"voiceqa-" + table + "." + format.extension + "\"")
                .body(file);
    }
}
