package com.voiceqa.web.calls;

import com.voiceqa.web.api.Page;
import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Path;

@RestController
@RequestMapping("/api/calls")
public class CallController {

    private static final MediaType WAV = MediaType.parseMediaType("audio/wav");

    private final CallService calls;

    public CallController(CallService calls) {
        this.calls = calls;
    }

    @GetMapping
    public Page<CallSummary> list(@Valid @ModelAttribute CallFilter filter, @AuthenticationPrincipal CurrentUser user) {
        return calls.list(filter, user);
    }

    @GetMapping("/{id}")
    public CallDetail detail(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return calls.detail(id, user);
    }

    /** The recording. Spring answers Range requests on a Resource body with 206 and Content-Range, so players can seek. */
    @GetMapping("/{id}/audio")
    public ResponseEntity<Resource> audio(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        Path file = calls.audio(id, user);
        return ResponseEntity.ok().contentType(WAV).header("Accept-Ranges", "bytes")
                .body(new FileSystemResource(file));
    }
}
