package com.voiceqa.web.export;

import com.voiceqa.web.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** {@code GET /api/export/{calls|findings|accounts}.csv} (docs/api.md, "Export"). */
@RestController
public class ExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ExportService exports;

    public ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/api/export/{table}.csv")
    public ResponseEntity<String> export(@PathVariable String table, @AuthenticationPrincipal CurrentUser user) {
        String csv = exports.csv(table, user);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"voiceqa-" + table + ".csv\"")
                .body(csv);
    }
}
