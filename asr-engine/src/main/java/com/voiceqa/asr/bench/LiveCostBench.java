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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;

/**
 * CPU cost per second of audio of one live stream, side by side with the file path and bare Vosk on the same audio,
 * independent of machine load: the streams advance in lockstep (every stream gets its next piece of audio, the next
 * round starts when all are decoded), so each stream does exactly the work it does when paced in real time on a
 * machine with spare cores (one decoding turn and one partial per piece), however many cores the process actually
 * gets. Pieces are one 0.2 s chunk (a turn per chunk, what an idle server does) or {@value #BATCH_CHUNKS} chunks
 * (longer turns per recognizer: fewer switches between recognizers' states). Cost = process CPU time / (streams ×
 * audio seconds). The variants run one after the other, {@code repeat} times in turn, and each reports its median,
 * so a change in the machine's load touches all of them alike.
 */
final class LiveCostBench {

    /** Chunks per recognizer turn in the batched runs: 0.6 s, well within the decode-lag budget. */
    static final int BATCH_CHUNKS = 3;

    /** What is measured: VoiceQA's live path, bare Vosk's loop (see {@link Turn}) and VoiceQA's file path. */
    enum Variant {
        VOICEQA_CHUNK("VoiceQA live, 0.2 s turns"),
        VOICEQA_BATCH("VoiceQA live, 0.6 s turns"),
        BARE_CHUNK("bare Vosk, 0.2 s turns, partial per turn"),
        BARE_CHUNK_NO_PARTIAL("bare Vosk, 0.2 s turns, no partials"),
        BARE_BATCH("bare Vosk, 0.6 s turns of 3 calls, partial per turn"),
        BARE_JOINED("bare Vosk, 0.6 s turns of 1 joined call, partial per turn"),
        FILE("VoiceQA file path (one stream)");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    private LiveCostBench() {
    }

    /** Core-seconds of CPU per second of audio per stream, the median of {@code repeat} runs, per variant. */
    static Map<Variant, Double> run(AsrEngine engine, Model bareModel, byte[] pcm, int rate, int streams,
                                    double seconds, int repeat) throws Exception {
        int chunkBytes = (int) (rate * LiveStreamsBench.CHUNK_SECONDS) * 2;
        int rounds = (int) Math.round(seconds / LiveStreamsBench.CHUNK_SECONDS / BATCH_CHUNKS) * BATCH_CHUNKS;
        Map<Variant, List<Double>> costs = new EnumMap<>(Variant.class);
        for (int r = 0; r < repeat; r++) {
            for (Variant variant : Variant.values()) {
                double cost = switch (variant) {
                    case VOICEQA_CHUNK -> voiceqaLockstep(engine, pcm, rate, streams, rounds, chunkBytes, 1);
                    case VOICEQA_BATCH -> voiceqaLockstep(engine, pcm, rate, streams, rounds, chunkBytes, BATCH_CHUNKS);
                    case BARE_CHUNK -> bareLockstep(bareModel, rate, pcm, streams, rounds, chunkBytes, Turn.CHUNK);
                    case BARE_CHUNK_NO_PARTIAL -> bareLockstep(bareModel, rate, pcm, streams, rounds, chunkBytes,
                            Turn.CHUNK_NO_PARTIAL);
                    case BARE_BATCH -> bareLockstep(bareModel, rate, pcm, streams, rounds, chunkBytes, Turn.BATCH);
                    case BARE_JOINED -> bareLockstep(bareModel, rate, pcm, streams, rounds, chunkBytes, Turn.JOINED);
                    case FILE -> file(engine, pcm, rate, rounds * chunkBytes);
                };
                costs.computeIfAbsent(variant, v -> new ArrayList<>()).add(cost);
            }
        }
        Map<Variant, Double> medians = new EnumMap<>(Variant.class);
        costs.forEach((variant, values) -> medians.put(variant,
                values.stream().sorted().toList().get(values.size() / 2)));
        return medians;
    }

    /**
     * Streams in lockstep, each round feeding every session {@code chunksPerTurn} chunks as one piece; returns the
     * cost.
     */
    private static double voiceqaLockstep(AsrEngine engine, byte[] pcm, int rate, int streams, int rounds,
                                          int chunkBytes, int chunksPerTurn) throws Exception {
        long cpu = CpuTime.processNanos();
        Phaser decoded = new Phaser(1);
        List<AsrSession> sessions = new ArrayList<>();
        TranscriptListener arrive = new TranscriptListener() {
            @Override
            public void onSegment(com.voiceqa.core.Segment segment) {
            }

            @Override
            public void onProgress(double audioSeconds) {
                decoded.arriveAndDeregister(); // one piece per turn in lockstep: one arrival per stream and round
            }
        };
        for (int s = 0; s < streams; s++) {
            sessions.add(engine.open(new StreamFormat(rate, ChannelLayout.MONO), arrive));
        }
        for (int round = 0; round < rounds; round += chunksPerTurn) {
            decoded.bulkRegister(streams);
            for (int s = 0; s < streams; s++) {
                byte[] piece = piece(pcm, s, round, chunksPerTurn, chunkBytes);
                sessions.get(s).feed(piece, 0, piece.length);
            }
            decoded.awaitAdvanceInterruptibly(decoded.arrive(), 5, TimeUnit.MINUTES);
        }
        List<CompletableFuture<Transcript>> done = new ArrayList<>();
        sessions.forEach(s -> done.add(s.finish()));
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        return (CpuTime.processNanos() - cpu) / 1e9 / (streams * rounds * LiveStreamsBench.CHUNK_SECONDS);
    }

    /** What a recognizer's turn in the bare loop decodes. */
    private enum Turn {
        /** one 0.2 s chunk, then a partial unless it ended an utterance (what vosk-server does per message) */
        CHUNK(1, true, false),
        CHUNK_NO_PARTIAL(1, false, false),
        /** {@value #BATCH_CHUNKS} chunks, one acceptWaveForm each, one partial for the turn */
        BATCH(BATCH_CHUNKS, true, false),
        /** {@value #BATCH_CHUNKS} chunks joined into one acceptWaveForm, one partial */
        JOINED(BATCH_CHUNKS, true, true);

        final int chunks;
        final boolean partial;
        final boolean joined;

        Turn(int chunks, boolean partial, boolean joined) {
            this.chunks = chunks;
            this.partial = partial;
            this.joined = joined;
        }
    }

    /**
     * The bare Vosk loop a streaming server runs: recognizers warmed first (as VoiceQA's pool keeps them), then the
     * recognizers take turns on one thread, each turn decoding the stream's next chunk(s) as {@code turn} says.
     * Returns the loop's cost (the warming not counted).
     */
    private static double bareLockstep(Model model, int rate, byte[] pcm, int streams, int rounds, int chunkBytes,
                                     Turn turn) throws IOException {
        List<Recognizer> recognizers = new ArrayList<>();
        try {
            for (int s = 0; s < streams; s++) {
                Recognizer r = new Recognizer(model, rate);
                r.setWords(true);
                recognizers.add(r);
                byte[] warm = LiveStreamsBench.loop(pcm, (s + 1) * chunkBytes, Math.min(pcm.length, rate * 2 * 10));
                r.acceptWaveForm(warm, warm.length);
                r.getFinalResult();
            }
            long cpu = CpuTime.processNanos();
            for (int round = 0; round < rounds; round += turn.chunks) {
                int chunks = Math.min(turn.chunks, rounds - round);
                for (int s = 0; s < streams; s++) {
                    Recognizer r = recognizers.get(s);
                    boolean endpoint = false;
                    if (turn.joined) {
                        byte[] joined = piece(pcm, s, round, chunks, chunkBytes);
                        endpoint = r.acceptWaveForm(joined, joined.length);
                    } else {
                        for (int c = 0; c < chunks; c++) {
                            byte[] chunk = piece(pcm, s, round + c, 1, chunkBytes);
                            if (r.acceptWaveForm(chunk, chunk.length)) {
                                r.getResult();
                                endpoint = c == chunks - 1;
                            }
                        }
                    }
                    if (endpoint && turn.joined) {
                        r.getResult();
                    } else if (!endpoint && turn.partial) {
                        r.getPartialResult();
                    }
                }
            }
            recognizers.forEach(Recognizer::getFinalResult);
            return (CpuTime.processNanos() - cpu) / 1e9 / (streams * rounds * LiveStreamsBench.CHUNK_SECONDS);
        } finally {
            recognizers.forEach(Recognizer::close);
        }
    }

    /** The file path's cost on the same audio as one stream. */
    private static double file(AsrEngine engine, byte[] pcm, int rate, int bytes) {
        long cpu = CpuTime.processNanos();
        float[] samples = new float[bytes / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) ((pcm[(2 * i) % pcm.length] & 0xff) | pcm[(2 * i + 1) % pcm.length] << 8);
        }
        engine.transcribe(new PcmAudio(rate, new float[][] {samples}), "lockstep audio", ChannelLayout.MONO,
                ProgressListener.NONE);
        return (CpuTime.processNanos() - cpu) / 1e9 / ((double) samples.length / rate);
    }

    /**
     * Stream {@code s}'s {@code chunks} chunks from round {@code round} on: streams play different parts of the looped
     * audio, the same whatever the piece size.
     */
    static byte[] piece(byte[] pcm, int stream, int round, int chunks, int chunkBytes) {
        return LiveStreamsBench.loop(pcm, ((stream * 37 % 40) + round) * chunkBytes, chunks * chunkBytes);
    }
}
