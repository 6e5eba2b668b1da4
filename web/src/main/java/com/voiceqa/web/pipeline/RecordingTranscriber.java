package com.voiceqa.web.pipeline;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Transcript;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Transcribes whole recordings in the background and hands them to {@link CallIngest}: uploads, device calls that
 * ended without a transcript, and calls a restart found unfinished. One recording at a time, so they never starve
 * the live calls of CPU, while {@code progress} tells the dashboard how far it got. A call queued again while it is
 * waiting or running is not transcribed twice.
 */
@Service
public class RecordingTranscriber {

    private static final Logger log = LoggerFactory.getLogger(RecordingTranscriber.class);
    /** Shown on the call's page to every role; the dashboard adds what the viewer can do about it. */
    static final String NOT_TRANSCRIBED = "录音已保存，但没有转写和质检：服务器未开启语音识别（没有语音模型）";

    private final SpeechEngine speech;
    private final CallIngest ingest;
    private final CallStore store;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "voiceqa-transcriber"));
    private volatile boolean closing;

    public RecordingTranscriber(SpeechEngine speech, CallIngest ingest, CallStore store) {
        this.speech = speech;
        this.ingest = ingest;
        this.store = store;
    }

    /** Queues a registered call whose {@link NewCall#audio() recording} is final. */
    public void submit(NewCall call) {
        if (queued.add(call.id())) {
            worker.execute(() -> {
                try {
                    process(call);
                } finally {
                    queued.remove(call.id());
                }
            });
        }
    }

    private void process(NewCall call) {
        Optional<AsrEngine> engine = speech.engine();
        if (engine.isEmpty()) {
            notTranscribed(call);
            return;
        }
        PcmAudio audio;
        Transcript transcript;
        try {
            audio = WavReader.read(call.audio());
            ChannelLayout layout = call.layout() != null ? call.layout() : ChannelLayout.forChannels(audio.channels());
            transcript = engine.get().transcribe(audio, call.id(), layout, (done, total) -> {
                if (total > 0) {
                    store.updateProgress(call.id(), Math.min(0.95, done / total));
                }
            });
        } catch (RuntimeException e) {
            if (closing) {
                log.info("call {} stays processing: the product stopped while transcribing it; it is transcribed "
                        + "again at the next start", call.id());
            } else {
                ingest.fail(call.id(), "transcription failed: " + e.getMessage());
            }
            return;
        }
        store.recordingReady(call.id(), call.audio(), audio.durationSeconds());
        try {
            ingest.finish(call, audio.durationSeconds(), transcript.segments(), transcript.metrics());
        } catch (RuntimeException e) {
            log.error("call {} could not be stored", call.id(), e);
        }
    }

    /** Without a transcript the call cannot be scored, but its audio still tells how the conversation went. */
    private void notTranscribed(NewCall call) {
        try {
            ChannelLayout layout = call.layout() != null ? call.layout() : ChannelLayout.MONO;
            store.metrics(call.id(), RecordingMetrics.measure(call.audio(), layout, List.of()));
        } catch (RuntimeException e) {
            log.warn("call {}: no acoustic metrics from its recording: {}", call.id(), e.getMessage());
        }
        ingest.fail(call.id(), NOT_TRANSCRIBED);
    }

    @PreDestroy
    void close() {
        closing = true;
        worker.shutdownNow();
    }
}
