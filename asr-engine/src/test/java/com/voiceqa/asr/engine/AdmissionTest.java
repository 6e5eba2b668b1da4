package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.SpeechFixtures;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With the real model: warming at load, cold sessions counted twice, and a recording queued behind a full engine. */
class AdmissionTest {

    private static final Path DIGITS = TestResources.realEnglish("digits-16k.wav");

    @Test
    void recognizersAreWarmedInTheBackgroundAndServeTheFirstSessions() throws Exception {
        // one, so that a loaded test machine warms it in time (10 s of audio on a fresh recognizer: 1-2 CPU-s)
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withWarmRecognizers(1))) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (engine.load().warmed() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(1, engine.load().warmed());
            assertEquals(1, engine.load().idleRecognizers());
            assertTrue(engine.load().idleLimit() >= 1, "the memory budget keeps at least the warmed one");
            engine.transcribe(DIGITS, ChannelLayout.MONO, ProgressListener.NONE);
            assertEquals(1, engine.liveRecognizers(), "the file took the warm recognizer instead of making one");
        }
    }

    @Test
    void aRecordingBeyondCapacityWaitsThenIsTranscribedLikeTheFile() throws Exception {
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withLiveChannelLimit(1))) {
            Transcript expected = engine.transcribe(DIGITS, ChannelLayout.MONO, ProgressListener.NONE);
            AsrSession live = engine.open(new StreamFormat(16000, ChannelLayout.MONO), TranscriptListener.NONE);
            assertFalse(engine.admitsLive(1), "one live channel fills a limit of one");
            CompletableFuture<Transcript> queued = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.transcribeWhenAdmitted(DIGITS, ChannelLayout.MONO);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (engine.load().queuedRecordings() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, engine.load().queuedRecordings(), "the recording waits while the live call runs");
            Thread.sleep(600); // a few admission polls: it must still wait
            assertFalse(queued.isDone());
            live.finish().get(60, TimeUnit.SECONDS);
            Transcript transcript = queued.get(120, TimeUnit.SECONDS);
            assertEquals(texts(expected), texts(transcript));
            assertEquals(0, engine.load().queuedRecordings());
        }
    }

    /**
     * A new recognizer costs several times a warm one until it has heard some seconds of calls' audio, so its session
     * takes twice its channels of the capacity until then: a burst of new calls is admitted as many as the workers
     * can start, not as many as they could carry warm.
     */
    @Test
    void aSessionOfANewRecognizerCountsTwiceUntilCallsAudioWarmsIt() throws Exception {
        byte[] digits = SpeechFixtures.pcm16(WavReader.read(DIGITS));
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withLiveChannelLimit(2))) {
            AsrSession session = engine.open(new StreamFormat(16000, ChannelLayout.MONO), TranscriptListener.NONE);
            assertFalse(engine.admitsLive(1), "a cold mono session takes both channels of a limit of two");
            assertEquals(1, engine.load().liveChannels(), "the load shows the channel it decodes");
            for (int copy = 0; copy < 2; copy++) { // 16.6 s of calls' audio: past the 10 s that warm it
                session.feedBlocking(digits, 0, digits.length);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!engine.admitsLive(1) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(engine.admitsLive(1), "warmed by the call's audio, it counts as one channel: one more fits");
            session.close();
        }
    }

    private static String texts(Transcript t) {
        return String.join(" ", t.segments().stream().map(Segment::text).toList());
    }
}
