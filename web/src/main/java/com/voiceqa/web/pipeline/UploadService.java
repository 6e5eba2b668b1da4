package com.voiceqa.web.pipeline;

import com.voiceqa.asr.audio.AudioFormatException;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import com.voiceqa.web.users.UserRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

/**
 * Recorded calls uploaded as WAV: checked, stored durably under the recordings directory and registered, then
 * transcribed, scored and indexed by the {@link RecordingTranscriber}. An upload answered 202 survives a crash:
 * recovery queues it again at the next start.
 */
@Service
public class UploadService {

    private final SpeechEngine speech;
    private final CallStore store;
    private final RecordingTranscriber transcriber;
    private final CallRepository calls;
    private final AccountNames accounts;
    private final UserRepository users;
    private final VoiceQaProperties properties;

    public UploadService(SpeechEngine speech, CallStore store, RecordingTranscriber transcriber, CallRepository calls,
                         AccountNames accounts, UserRepository users, VoiceQaProperties properties) {
        this.speech = speech;
        this.store = store;
        this.transcriber = transcriber;
        this.calls = calls;
        this.accounts = accounts;
        this.users = users;
        this.properties = properties;
    }

    public CallSummary upload(MultipartFile file, String channels, String account, Long repId, Instant startedAt,
                              CurrentUser user) throws IOException {
        speech.require();
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
        try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
            written.force(true); // on disk before the 202: the answer promises the call will be processed
        }
        var audio = readOrReject(target, file.getOriginalFilename());
        ChannelLayout layout = layout(channels, audio.channels(), target);
        Long accountId = account == null || account.isBlank() ? null : accounts.ensure(account.trim(), rep);
        NewCall call = store.register(new NewCall(id, "upload", rep, accountId, "upload",
                startedAt == null ? Instant.now() : startedAt, audio.durationSeconds(), target, layout));
        transcriber.submit(call);
        return calls.find(id, VisibilityScope.calls(user)).orElseThrow();
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
}
