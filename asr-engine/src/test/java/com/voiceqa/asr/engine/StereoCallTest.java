package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.SpeechFixtures;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.WordAccuracy;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static com.voiceqa.asr.SpeechFixtures.SENTENCE_A;
import static com.voiceqa.asr.SpeechFixtures.SENTENCE_B;
import static com.voiceqa.asr.SpeechFixtures.SENTENCE_C;
import static com.voiceqa.asr.TranscriptAssertions.textOf;
import static com.voiceqa.asr.TranscriptAssertions.timingsAreMonotonicAndInside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A constructed two-party call: the rep (left) says A; after an inserted 6 s silence the customer (right) says B;
 * the rep interrupts 0.8 s before B ends with C. Rendered at 16 kHz, and converted to 44.1 kHz by sox.
 */
class StereoCallTest {

    private static final double SILENCE = 6.0;
    private static final double OVERLAP = 0.8;

    private static AsrEngine engine;
    private static Path call16k;
    private static double endA;
    private static double startC;
    private static double endB;
    private static double duration;

    @TempDir
    static Path dir;

    @BeforeAll
    static void renderCall() throws Exception {
        engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()));
        PcmAudio a = SpeechFixtures.speak(dir, SENTENCE_A, "en-us+m3");
        PcmAudio b = SpeechFixtures.speak(dir, SENTENCE_B, "en-us+f3");
        PcmAudio c = SpeechFixtures.speak(dir, SENTENCE_C, "en-us+m3");
        double startA = 0.5;
        endA = startA + a.durationSeconds();
        double startB = endA + SILENCE;
        endB = startB + b.durationSeconds();
        startC = endB - OVERLAP;
        duration = startC + c.durationSeconds() + 1.0;
        float[][] canvas = SpeechFixtures.canvas(2, duration, 16000);
        SpeechFixtures.place(canvas, 0, a, startA);
        SpeechFixtures.place(canvas, 1, b, startB);
        SpeechFixtures.place(canvas, 0, c, startC);
        call16k = SpeechFixtures.writeWav(dir.resolve("call-16k.wav"), 16000, canvas);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void speakersAttributedSilenceMeasuredInterruptionFound() {
        Transcript transcript = engine.transcribe(call16k, ChannelLayout.REP_CUSTOMER, ProgressListener.NONE);
        checkCall(transcript);
    }

    @Test
    void stereoAt44kHzIsResampledAndDecoded() throws Exception {
        Path call44k = SpeechFixtures.resample(call16k, dir.resolve("call-44k.wav"), 44100);
        assertEquals(44100, WavReader.read(call44k).sampleRate());
        Transcript transcript = engine.transcribe(call44k, ChannelLayout.REP_CUSTOMER, ProgressListener.NONE);
        checkCall(transcript);
    }

    @Test
    void liveStereoStreamAt44kHzInRealTimeSizedChunks() throws Exception {
        PcmAudio audio = WavReader.read(SpeechFixtures.resample(call16k, dir.resolve("call-44k-live.wav"), 44100));
        byte[] pcm = SpeechFixtures.pcm16(audio);
        int chunk = 44100 / 5 * 4; // 0.2 s of stereo 16-bit
        Transcript transcript;
        try (AsrSession session = engine.open(new StreamFormat(44100, ChannelLayout.REP_CUSTOMER),
                TranscriptListener.NONE)) {
            for (int at = 0; at < pcm.length; at += chunk) {
                session.feedBlocking(pcm, at, Math.min(chunk, pcm.length - at));
            }
            transcript = session.finish().get(60, TimeUnit.SECONDS);
        }
        checkCall(transcript);
    }

    private static void checkCall(Transcript transcript) {
        String rep = textOf(transcript, "rep");
        String customer = textOf(transcript, "customer");
        assertTrue(WordAccuracy.of(SENTENCE_A + " " + SENTENCE_C, rep) >= 0.7, "rep said: " + rep);
        assertTrue(WordAccuracy.of(SENTENCE_B, customer) >= 0.7, "customer said: " + customer);
        assertFalse(customer.contains("fox") || customer.contains("monday"), "rep words on the customer: " + customer);
        assertFalse(rep.contains("price"), "customer words on the rep: " + rep);
        timingsAreMonotonicAndInside(transcript, duration);

        CallMetrics metrics = transcript.metrics();
        assertEquals(1, metrics.longSilences().size(), "long silences " + metrics.longSilences());
        Interval silence = metrics.longSilences().getFirst();
        assertEquals(SILENCE, silence.duration(), 0.1, "inserted silence measured: " + silence);
        assertEquals(endA, silence.start(), 0.1);
        assertEquals(silence.duration(), metrics.longestSilence(), 1e-9);

        assertEquals(1, metrics.overlaps().size(), "overlaps " + metrics.overlaps());
        Overlap overlap = metrics.overlaps().getFirst();
        assertEquals("rep", overlap.interrupter());
        assertEquals("customer", overlap.interrupted());
        assertEquals(startC, overlap.start(), 0.1);
        assertEquals(endB, overlap.end(), 0.1);
        assertEquals(1, metrics.channel("rep").orElseThrow().interruptionsMade());
        assertEquals(0, metrics.channel("customer").orElseThrow().interruptionsMade());
        assertTrue(metrics.channel("rep").orElseThrow().speechRatePerMinute() > 60, "rep words per minute");
    }
}
