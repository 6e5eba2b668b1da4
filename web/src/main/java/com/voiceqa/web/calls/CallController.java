package com.voiceqa.web.calls;

import com.voiceqa.web.api.Page;
import com.voiceqa.web.pipeline.UploadService;
import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

@RestController
@RequestMapping("/api/calls")
public class CallController {

    private static final MediaType WAV = MediaType.parseMediaType("audio/wav");

    private final CallService calls;
    private final UploadService uploads;

    public CallController(CallService calls, UploadService uploads) {
        this.calls = calls;
        this.uploads = uploads;
    }

    /** Upload of a recorded call: answers 202 at once; poll the call for progress. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public CallSummary upload(@RequestPart("file") MultipartFile file,
                              @RequestParam(required = false) @Size(max = 40) String channels,
                              @RequestParam(required = false) @Size(max = 200) String account,
                              @RequestParam(required = false) Long rep,
                              @RequestParam(required = false) Instant startedAt,
                              @AuthenticationPrincipal CurrentUser user) throws IOException {
        return uploads.upload(file, channels, account, rep, startedAt, user);
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
