package com.voiceqa.asr.bench;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;

/**
 * CPU cost per second of audio of one live stream, side by side with the file path and bare Vosk on the same audio,
 * independent of machine load: the streams advance in lockstep (every stream gets one 0.2 s chunk, the next round
 * starts when all are decoded), so each stream does exactly the work it does when paced in real time on a machine
 * with spare cores (one decoding turn and one partial per chunk), however many cores the process actually gets.
 * Cost = process CPU time / (streams × audio seconds).
 */
final class LiveCostBench {

    /** Core-seconds of CPU per second of audio, per stream. */
    record Result(double voiceqaLive, double bareLive, double bareLiveNoPartials, double voiceqaFile) {
    }

    private LiveCostBench() {
    }

    static Result run(AsrEngine engine, Model bareModel, byte[] pcm, int rate, int streams, double seconds)
            throws Exception {
        int chunkBytes = (int) (rate * LiveStreamsBench.CHUNK_SECONDS) * 2;
        int rounds = (int) Math.round(seconds / LiveStreamsBench.CHUNK_SECONDS);
        double audio = streams * rounds * LiveStreamsBench.CHUNK_SECONDS;
        long cpu = CpuTime.processNanos();
        voiceqaLockstep(engine, pcm, rate, streams, rounds, chunkBytes);
        double live = (CpuTime.processNanos() - cpu) / 1e9 / audio;
        double bare = bareLockstep(bareModel, rate, pcm, streams, rounds, chunkBytes, true) / 1e9 / audio;
        double bareNoPartials = bareLockstep(bareModel, rate, pcm, streams, rounds, chunkBytes, false) / 1e9 / audio;
        cpu = CpuTime.processNanos();
        double fileAudio = file(engine, pcm, rate, rounds * chunkBytes);
        double file = (CpuTime.processNanos() - cpu) / 1e9 / fileAudio;
        return new Result(live, bare, bareNoPartials, file);
    }

    private static void voiceqaLockstep(AsrEngine engine, byte[] pcm, int rate, int streams, int rounds,
                                        int chunkBytes) throws Exception {
        Phaser decoded = new Phaser(1);
        List<AsrSession> sessions = new ArrayList<>();
        TranscriptListener arrive = new TranscriptListener() {
            @Override
            public void onSegment(com.voiceqa.core.Segment segment) {
            }

            @Override
            public void onProgress(double audioSeconds) {
                decoded.arriveAndDeregister(); // one turn per chunk in lockstep: one arrival per stream and round
            }
        };
        for (int s = 0; s < streams; s++) {
            sessions.add(engine.open(new StreamFormat(rate, ChannelLayout.MONO), arrive));
        }
        for (int round = 0; round < rounds; round++) {
            decoded.bulkRegister(streams);
            for (int s = 0; s < streams; s++) {
                byte[] chunk = chunk(pcm, s, round, chunkBytes);
                sessions.get(s).feed(chunk, 0, chunk.length);
            }
            decoded.awaitAdvanceInterruptibly(decoded.arrive(), 5, TimeUnit.MINUTES);
        }
        List<CompletableFuture<Transcript>> done = new ArrayList<>();
        sessions.forEach(s -> done.add(s.finish()));
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    /**
     * The bare Vosk loop a streaming server runs: recognizers warmed first (as VoiceQA's pool keeps them), then one
     * chunk each in turn with a partial per chunk unless the chunk ended an utterance. Returns the loop's CPU nanos.
     */
    private static long bareLockstep(Model model, int rate, byte[] pcm, int streams, int rounds, int chunkBytes,
                                     boolean partials) throws IOException {
        List<Recognizer> recognizers = new ArrayList<>();
        try {
            for (int s = 0; s < streams; s++) {
                Recognizer r = new Recognizer(model, rate);
                r.setWords(true);
                recognizers.add(r);
                byte[] warm = chunk(pcm, s + 1, 0, Math.min(pcm.length, rate * 2 * 10));
                r.acceptWaveForm(warm, warm.length);
                r.getFinalResult();
            }
            long cpu = CpuTime.processNanos();
            for (int round = 0; round < rounds; round++) {
                for (int s = 0; s < streams; s++) {
                    byte[] chunk = chunk(pcm, s, round, chunkBytes);
                    Recognizer r = recognizers.get(s);
                    if (r.acceptWaveForm(chunk, chunk.length)) {
                        r.getResult();
                    } else if (partials) {
                        r.getPartialResult();
                    }
                }
            }
            recognizers.forEach(Recognizer::getFinalResult);
            return CpuTime.processNanos() - cpu;
        } finally {
            recognizers.forEach(Recognizer::close);
        }
    }

    /** Seconds of audio decoded by the file path (the same audio as one stream). */
    private static double file(AsrEngine engine, byte[] pcm, int rate, int bytes) {
        float[] samples = new float[bytes / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[(2 * i) % pcm.length] & 0xff) | pcm[(2 * i + 1) % pcm.length] << 8);
        }
        engine.transcribe(new PcmAudio(rate, new float[][] {samples}), "lockstep audio", ChannelLayout.MONO,
                ProgressListener.NONE);
        return (double) samples.length / rate;
    }

    /** Stream {@code s}'s chunk of round {@code round}: streams play different parts of the looped audio. */
    static byte[] chunk(byte[] pcm, int stream, int round, int chunkBytes) {
        return LiveStreamsBench.loop(pcm, ((stream * 37 % 40) + round) * chunkBytes, chunkBytes);
    }
}
