package com.voiceqa.web.pipeline;

import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.security.CurrentUser;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Instant;

/**
 * {@code POST /api/calls}: a recorded call enters the pipeline. Beside the calls package's reading endpoints on the
 * same path, here so that calls (reading) does not depend on the pipeline (writing), which depends on calls.
 */
@RestController
@RequestMapping("/api/calls")
public class UploadController {

    private final UploadService uploads;

    public UploadController(UploadService uploads) {
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
}
