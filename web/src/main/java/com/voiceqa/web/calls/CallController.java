package com.voiceqa.web.calls;

import com.voiceqa.web.api.Page;
import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

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

    /**
     * The recording. Spring answers Range requests on a Resource body with 206 and Content-Range, so players can seek;
     * a range that cannot be served is answered here, 416 with the file's length and no body (Spring would send the
     * whole file along).
     */
    @GetMapping("/{id}/audio")
    public ResponseEntity<Resource> audio(@PathVariable String id,
                                          @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
                                          @AuthenticationPrincipal CurrentUser user) throws IOException {
        FileSystemResource audio = new FileSystemResource(calls.audio(id, user));
        if (range != null && !satisfiable(range, audio)) {
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + audio.contentLength()).build();
        }
        return ResponseEntity.ok().contentType(WAV).header(HttpHeaders.ACCEPT_RANGES, "bytes").body(audio);
    }

    private static boolean satisfiable(String range, Resource audio) {
        try {
            HttpRange.toResourceRegions(HttpRange.parseRanges(range), audio);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
