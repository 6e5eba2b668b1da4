package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.model.ModelDirectory;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.TranscriptListener;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With the real model: while the workers are busy, a live session decodes in turns of
 * {@value StreamingSession#BUSY_TURN_SECONDS} s rather than one per 0.2 s chunk, and a paused session's shorter tail
 * is still decoded (by the reaper's flush); the audio it gathers for that turn is not lag.
 */
class BusyTurnsTest {

    private static final Path MODEL = TestResources.testModel();
    private static final int CHUNK_BYTES = 16000 / 5 * 2; // 0.2 s of 16 kHz 16-bit mono

    @Test
    void aBusyEngineDecodesLongerTurnsAndFlushesAPausedTail() throws Exception {
        byte[] wav = Files.readAllBytes(TestResources.realEnglish("digits-16k.wav"));
        byte[] speech = Arrays.copyOfRange(wav, 44, 44 + 4 * CHUNK_BYTES);
        List<Double> decodedUpTo = new CopyOnWriteArrayList<>();
        TranscriptListener progress = new TranscriptListener() {
            @Override
            public void onSegment(Segment segment) {
            }

            @Override
            public void onProgress(double audioSeconds) {
                decodedUpTo.add(audioSeconds);
            }
        };
        try (EngineCore core = new EngineCore(AsrConfig.of(MODEL), ModelDirectory.open(MODEL),
                new Model(MODEL.toString()))) {
            LiveCapacity capacity = core.capacity();
            capacity.turn(TimeUnit.SECONDS.toNanos(10), 0, 0, true); // the workers were busy (10 s in turns in this window)
            capacity.update(System.nanoTime(), 0);
            AsrSession session = core.open(new StreamFormat(16000, ChannelLayout.MONO), progress);
            for (int chunk = 0; chunk < 3; chunk++) {
                capacity.turn(TimeUnit.SECONDS.toNanos(10), 0, 0, true); // still busy, whenever the reaper's window closes
                session.feed(speech, chunk * CHUNK_BYTES, CHUNK_BYTES);
            }
            awaitDecoded(decodedUpTo, 0.6);
            assertEquals(0.6, decodedUpTo.getFirst(), 1e-9, "the first turn decoded three chunks at once");

            capacity.turn(TimeUnit.SECONDS.toNanos(10), 0, 0, true);
            session.feed(speech, 3 * CHUNK_BYTES, CHUNK_BYTES); // then the caller pauses: 0.2 s is less than a turn
            awaitDecoded(decodedUpTo, 0.8);
            assertEquals(List.of(0.6, 0.8), decodedUpTo.stream().map(s -> Math.round(s * 10) / 10.0).toList());
            session.close();
        }
    }

    @Test
    void theTurnABusySessionGathersIsNotLag() throws Exception {
        byte[] wav = Files.readAllBytes(TestResources.realEnglish("digits-16k.wav"));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TranscriptListener holdsTheWorker = new TranscriptListener() {
            @Override
            public void onSegment(Segment segment) {
            }

            @Override
            public void onProgress(double audioSeconds) {
                holding.countDown();
                try {
                    release.await(); // the only worker stays in this session's turn until the test lets go
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (EngineCore core = new EngineCore(AsrConfig.of(MODEL).withWorkers(1), ModelDirectory.open(MODEL),
                new Model(MODEL.toString()))) {
            StreamFormat mono = new StreamFormat(16000, ChannelLayout.MONO);
            AsrSession holder = core.open(mono, holdsTheWorker);
            holder.feed(wav, 44, CHUNK_BYTES); // a quiet engine: a turn at once, which then holds the worker
            holding.await(60, TimeUnit.SECONDS);
            StreamingSession waiting = (StreamingSession) core.open(mono, TranscriptListener.NONE);
            LiveCapacity capacity = core.capacity();
            try {
                for (int chunk = 0; chunk < 7; chunk++) { // 1.4 s queued behind the held worker
                    keepBusy(capacity);
                    waiting.feed(wav, 44 + chunk * CHUNK_BYTES, CHUNK_BYTES);
                }
                keepBusy(capacity);
                assertEquals(1.4, waiting.backlogSeconds(), 1e-9);
                assertEquals(1.4 - StreamingSession.BUSY_TURN_SECONDS, waiting.lagSeconds(), 1e-9,
                        "the 0.6 s a busy session gathers for its turn is batching, not lag");
                for (int chunk = 7; chunk < 9; chunk++) {
                    waiting.feed(wav, 44 + chunk * CHUNK_BYTES, CHUNK_BYTES);
                }
                keepBusy(capacity);
                assertEquals(1.2, waiting.lagSeconds(), 1e-9, "beyond the gathered turn, 1.2 s behind");
            } finally {
                release.countDown();
                holder.close();
                waiting.close();
            }
        }
    }

    /** Marks the workers busy whether or not the reaper closes a window in between (it folds this turn into it). */
    private static void keepBusy(LiveCapacity capacity) {
        capacity.turn(TimeUnit.SECONDS.toNanos(10), 0, 0, true);
        capacity.update(System.nanoTime(), 0);
        capacity.turn(TimeUnit.SECONDS.toNanos(10), 0, 0, true);
    }

    private static void awaitDecoded(List<Double> decodedUpTo, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((decodedUpTo.isEmpty() || decodedUpTo.getLast() < seconds - 1e-9) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(seconds, decodedUpTo.isEmpty() ? 0 : decodedUpTo.getLast(), 1e-9, "decoded so far");
    }
}
