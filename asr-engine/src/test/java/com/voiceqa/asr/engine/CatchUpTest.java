package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.SpeechFixtures;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the real model: a queued call's session is admitted from the line at a speed it is counted for, its feeder is
 * held to that speed, and the next call in line waits until the capacity is really free. Only what the engine
 * guarantees whatever the machine's speed is asserted: the accounting, and that pacing makes catching up no faster
 * than admitted (a lower bound on time).
 */
class CatchUpTest {

    private static final StreamFormat MONO = new StreamFormat(16000, ChannelLayout.MONO);

    @Test
    void aQueuedCallCatchesUpAtItsAdmittedSpeedAndTheNextOneWaitsForRoom() throws Exception {
        byte[] digits = SpeechFixtures.pcm16(WavReader.read(TestResources.realEnglish("digits-16k.wav")));
        double digitsSeconds = digits.length / 32000.0;
        // at most two channels live: a streaming call catching up at 2x takes both
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withLiveChannelLimit(2))) {
            CompletableFuture<AsrSession> first = engine.openWhenAdmitted(MONO, TranscriptListener.NONE, true);
            AsrSession promoted = first.get(10, TimeUnit.SECONDS); // an idle engine admits at once
            assertEquals(1, engine.load().catchingUp());
            assertEquals(2, engine.load().liveChannels(), "counted as its live stream and its catch-up");
            assertFalse(engine.admitsLive(1), "a newcomer would exceed the capacity the catch-up was given");

            CompletableFuture<AsrSession> second = engine.openWhenAdmitted(MONO, TranscriptListener.NONE, true);
            assertEquals(1, engine.load().queuedRecordings(), "the next call waits in line");

            long started = System.nanoTime();
            for (int at = 0; at < digits.length; at += 6400) {
                promoted.feedBlocking(digits, at, Math.min(6400, digits.length - at));
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            assertTrue(elapsed >= digitsSeconds / 2 - CatchUpPace.BANK_SECONDS - 0.05,
                    "recorded audio is fed at 2x real time at most: " + digitsSeconds + " s took " + elapsed + " s");

            promoted.caughtUp();
            assertEquals(0, engine.load().catchingUp());
            assertEquals(1, engine.load().liveChannels(), "caught up, it counts as one live stream");
            Thread.sleep(1200); // reaper ticks: the second call needs room for two streams and the reserve
            assertFalse(second.isDone(), "admitted only when its live stream, its catch-up and the reserve fit");
            assertFalse(engine.admitsLive(1), "nobody overtakes a waiting call");

            promoted.feed(digits, 0, digits.length); // live audio after the recorded audio: one stream of segments
            Transcript transcript = promoted.finish().get(120, TimeUnit.SECONDS);
            String text = String.join(" ", transcript.segments().stream().map(Segment::text).toList());
            assertTrue(transcript.segments().size() >= 2, "both copies transcribed: " + text);
            assertTrue(transcript.segments().getLast().end() > digitsSeconds, "the live part is in it: " + text);

            AsrSession next = second.get(10, TimeUnit.SECONDS);
            assertEquals(0, engine.load().queuedRecordings());
            next.close();
        }
    }

    @Test
    void aPromotionLeavesAStreamFreeAndCatchesUpAtTwiceRealTimeAtMost() throws Exception {
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withLiveChannelLimit(3))) {
            AsrSession live = engine.open(MONO, TranscriptListener.NONE);
            CompletableFuture<AsrSession> waiting = engine.openWhenAdmitted(MONO, TranscriptListener.NONE, true);
            Thread.sleep(1200); // reaper ticks
            assertFalse(waiting.isDone(), "1 live + 2 for the waiting call's live part and catch-up would fill all 3"
                    + " streams: one stays free for its cold start");
            live.close();
            AsrSession promoted = waiting.get(10, TimeUnit.SECONDS); // nothing live: admitted at once
            assertEquals(EngineCore.MAX_CATCH_UP_SPEED, engine.load().liveChannels(),
                    "counted at 2 streams, not the 3 the limit leaves free: it is fed at 2x at most");
            promoted.close();
        }
    }

    @Test
    void leavingTheLineGivesUpTheCallsPlace() throws Exception {
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withLiveChannelLimit(1))) {
            AsrSession live = engine.open(MONO, TranscriptListener.NONE);
            CompletableFuture<AsrSession> waiting = engine.openWhenAdmitted(MONO, TranscriptListener.NONE, true);
            assertEquals(1, engine.load().queuedRecordings());
            waiting.cancel(false); // the call ended while queued
            assertEquals(0, engine.load().queuedRecordings());
            live.close();
            Thread.sleep(1200);
            assertEquals(0, engine.openSessions(), "no session is opened for a call that left the line");
        }
    }
}
