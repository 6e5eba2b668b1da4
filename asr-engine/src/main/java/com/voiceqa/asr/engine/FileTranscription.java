package com.voiceqa.asr.engine;

import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** One whole recording decoded channel by channel, each channel a task on the worker pool. */
final class FileTranscription {

    /** Chunk fed to Vosk per call: long enough that the per-call cost vanishes, short enough for steady progress. */
    private static final double CHUNK_SECONDS = 0.5;
    private static final long PROGRESS_INTERVAL_MILLIS = 250;

    private final EngineCore core;
    private final PcmAudio audio;
    private final ChannelLayout layout;
    private final AtomicLong samplesDone = new AtomicLong();
    private final List<Segment> segments = Collections.synchronizedList(new ArrayList<>());

    FileTranscription(EngineCore core, PcmAudio audio, ChannelLayout layout) {
        this.core = core;
        this.audio = audio;
        this.layout = layout;
    }

    Transcript run(ExecutorService workers, ProgressListener progress) throws InterruptedException {
        List<Future<ChannelTracks>> channels = new ArrayList<>();
        for (int c = 0; c < audio.channels(); c++) {
            int channel = c;
            channels.add(workers.submit(() -> decode(channel)));
        }
        double total = audio.durationSeconds() * audio.channels();
        List<ChannelTracks> tracks = new ArrayList<>();
        try {
            for (Future<ChannelTracks> channel : channels) {
                while (true) {
                    try {
                        tracks.add(channel.get(PROGRESS_INTERVAL_MILLIS, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException stillDecoding) {
                        progress.progress((double) samplesDone.get() / audio.sampleRate(), total);
                    }
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            channels.forEach(f -> f.cancel(true));
        }
        progress.progress(total, total);
        return core.transcript(segments, tracks, audio.durationSeconds(), layout);
    }

    private ChannelTracks decode(int channel) {
        float[] samples = audio.channel(channel);
        int chunk = (int) (audio.sampleRate() * CHUNK_SECONDS);
        float[] buffer = new float[chunk];
        try (ChannelDecoder decoder = core.newDecoder(audio.sampleRate(), layout.role(channel), segments::add)) {
            for (int at = 0; at < samples.length && !Thread.currentThread().isInterrupted(); at += chunk) {
                int count = Math.min(chunk, samples.length - at);
                if (count < buffer.length) {
                    buffer = new float[count]; // JNA copies the whole array: the tail gets a buffer of its size
                }
                System.arraycopy(samples, at, buffer, 0, count);
                decoder.accept(buffer, count);
                samplesDone.addAndGet(count);
            }
            decoder.finish();
            return decoder.tracks();
        }
    }
}
