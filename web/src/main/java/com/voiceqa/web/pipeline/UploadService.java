package com.voiceqa.web.pipeline;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ChannelLayout;
import com.voiceqa.asr.Transcript;
import com.voiceqa.asr.audio.AudioFormatException;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import com.voiceqa.web.users.UserRepository;
import jakarta.annotation.PreDestroy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Recorded calls uploaded as WAV: checked, stored under the recordings directory, then transcribed, scored and
 * indexed on a background worker while {@code progress} tells the dashboard how far it got. One upload is decoded
 * at a time, so uploads never starve the live calls of CPU.
 */
@Service
public class UploadService {

    private final SpeechEngine speech;
    private final CallStore store;
    private final CallIngest ingest;
    private final CallRepository calls;
    private final AccountRepository accounts;
    private final UserRepository users;
    private final VoiceQaProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "voiceqa-upload"));

    public UploadService(SpeechEngine speech, CallStore store, CallIngest ingest, CallRepository calls,
                         AccountRepository accounts, UserRepository users, VoiceQaProperties properties) {
        this.speech = speech;
        this.store = store;
        this.ingest = ingest;
        this.calls = calls;
        this.accounts = accounts;
        this.users = users;
        this.properties = properties;
    }

    public CallSummary upload(MultipartFile file, String channels, String account, Long repId, Instant startedAt,
                              CurrentUser user) throws IOException {
        AsrEngine engine = speech.require();
        if (file.isEmpty()) {
            throw ApiException.badRequest("the uploaded file is empty; choose a WAV recording");
        }
        long rep = uploaderRep(repId, user);
        String id = "upload-" + UUID.randomUUID();
        Path target = properties.recordingsDir().resolve(id + ".wav");
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        var audio = readOrReject(target, file.getOriginalFilename());
        ChannelLayout layout = layout(channels, audio.channels(), target);
        Long accountId = account == null || account.isBlank() ? null : accounts.ensure(account.trim(), rep);
        NewCall call = new NewCall(id, "upload", rep, accountId, "upload", startedAt == null ? Instant.now() : startedAt,
                audio.durationSeconds(), target);
        store.begin(call);
        worker.execute(() -> process(engine, call, layout));
        return calls.find(id, VisibilityScope.calls(user)).orElseThrow();
    }

    private void process(AsrEngine engine, NewCall call, ChannelLayout layout) {
        try {
            Transcript transcript = engine.transcribe(call.audio(), layout, (done, total) -> {
                if (total > 0) {
                    calls.updateProgress(call.id(), Math.min(0.95, done / total));
                }
            });
            ingest.finish(call, call.durationSeconds(), transcript.segments(), transcript.metrics());
        } catch (RuntimeException e) {
            ingest.fail(call.id(), "transcription failed: " + e.getMessage());
        }
    }

    /** Reps upload their own calls; managers and admins may name a rep (managers: of their team). */
    private long uploaderRep(Long repId, CurrentUser user) {
        if (repId == null || user.isRep()) {
            return user.id();
        }
        var rep = users.principal(repId).orElseThrow(() -> ApiException.badRequest("user " + repId + " does not exist"));
        if (!user.isAdmin() && (rep.teamId() == null || !rep.teamId().equals(user.teamId()))) {
            throw ApiException.forbidden("managers upload calls of their own team's reps only");
        }
        return rep.id();
    }

    /** Reads the stored upload; the reader's message names the server's file, the user sees the name they chose. */
    private static PcmAudio readOrReject(Path file, String uploadedName) throws IOException {
        try {
            return WavReader.read(file);
        } catch (AudioFormatException e) {
            Files.deleteIfExists(file);
            String name = uploadedName == null || uploadedName.isBlank() ? "upload" : uploadedName.replaceAll(".*[/\\\\]", "");
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "无法读取录音（" + e.getMessage()
                    .replace(file.toString(), name) + "）。请上传 PCM WAV 文件（8-48 kHz，单声道或立体声）");
        }
    }

    private static ChannelLayout layout(String channels, int actual, Path file) throws IOException {
        try {
            ChannelLayout layout = channels == null || channels.isBlank() ? ChannelLayout.forChannels(actual)
                    : ChannelLayout.parse(channels);
            if (layout.channels() != actual) {
                throw new IllegalArgumentException("'channels' names " + layout.channels() + " channel(s) but the file has "
                        + actual);
            }
            return layout;
        } catch (IllegalArgumentException e) {
            Files.deleteIfExists(file);
            throw ApiException.badRequest(e.getMessage());
        }
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
