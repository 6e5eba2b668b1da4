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
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vosk.Model;
import org.vosk.Recognizer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.voiceqa.asr.TranscriptAssertions.text;
import static com.voiceqa.asr.TranscriptAssertions.timingsAreMonotonicAndInside;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real decoder (small English model) on real recordings and on speech synthesized in the run.
 *
 * <p>Accuracy bars: the real digits recording decodes to 11 of 16 words right with this model whichever way it is
 * fed (bare Vosk gives the same words, see {@link #sameWordsAsBareVosk}), so the bar is 0.65; espeak-ng speech
 * is clean but robotic, bar 0.8.
 */
class RealSpeechDecodingTest {

    private static final String DIGITS = "one zero zero zero one nine oh two one oh zero one eight zero three";
    private static AsrEngine engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void realRecordingAt16kHz() {
        Transcript transcript = engine.transcribe(TestResources.realEnglish("digits-16k.wav"), ChannelLayout.MONO,
                ProgressListener.NONE);
        assertTrue(WordAccuracy.of(DIGITS, text(transcript)) >= 0.65, text(transcript));
        timingsAreMonotonicAndInside(transcript, 8.31);
        assertEquals("rep", transcript.segments().getFirst().speaker(), "one voice on mono audio is the wearer's");
        assertEquals(0.84, transcript.segments().getFirst().start(), 0.3, "first word where the speech starts");
    }

    @Test
    void phoneAudioAt8kHzIsResampledAndDecoded() {
        Transcript transcript = engine.transcribe(TestResources.realEnglish("digits-8k.wav"), ChannelLayout.MONO,
                ProgressListener.NONE);
        assertTrue(WordAccuracy.of(DIGITS, text(transcript)) >= 0.65, text(transcript));
        timingsAreMonotonicAndInside(transcript, 8.31);
    }

    @Test
    void sameWordsAsBareVosk() throws Exception {
        Path wav = TestResources.realEnglish("digits-16k.wav");
        byte[] bytes = Files.readAllBytes(wav);
        StringBuilder bare = new StringBuilder();
        try (Model model = new Model(TestResources.testModel().toString());
             Recognizer recognizer = new Recognizer(model, 16000)) {
            for (int at = 44; at < bytes.length; at += 4000) {
                byte[] chunk = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 4000));
                if (recognizer.acceptWaveForm(chunk, chunk.length)) {
                    bare.append(' ').append(textOf(recognizer.getResult()));
                }
            }
            bare.append(' ').append(textOf(recognizer.getFinalResult()));
        }
        Transcript ours = engine.transcribe(wav, ChannelLayout.MONO, ProgressListener.NONE);
        assertEquals(bare.toString().trim().replaceAll("\\s+", " "), text(ours));
    }

    private static String textOf(String voskJson) {
        return JsonMapper.builder().build().readTree(voskJson).path("text").asString("");
    }

    @Test
    void synthesizedSpeech() throws Exception {
        PcmAudio a = SpeechFixtures.speak(dir, SpeechFixtures.SENTENCE_A, "en-us");
        PcmAudio b = SpeechFixtures.speak(dir, SpeechFixtures.SENTENCE_B, "en-us");
        double seconds = a.durationSeconds() + b.durationSeconds() + 2.5;
        float[][] canvas = SpeechFixtures.canvas(1, seconds, 16000);
        SpeechFixtures.place(canvas, 0, a, 0.5);
        SpeechFixtures.place(canvas, 0, b, 1.5 + a.durationSeconds());
        Path wav = SpeechFixtures.writeWav(dir.resolve("two-sentences.wav"), 16000, canvas);

        Transcript transcript = engine.transcribe(wav, ChannelLayout.MONO, ProgressListener.NONE);
        String reference = SpeechFixtures.SENTENCE_A + " " + SpeechFixtures.SENTENCE_B;
        assertTrue(WordAccuracy.of(reference, text(transcript)) >= 0.8, text(transcript));
        timingsAreMonotonicAndInside(transcript, seconds);
        assertTrue(transcript.segments().getFirst().start() >= 0.4, "no words before the speech starts");
    }

    @Test
    void streamingSessionSendsPartialsBeforeFinals() throws Exception {
        PcmAudio audio = WavReader.read(TestResources.realEnglish("digits-16k.wav"));
        byte[] pcm = SpeechFixtures.pcm16(audio);
        List<Object> events = new ArrayList<>();
        TranscriptListener listener = new TranscriptListener() {
            @Override
            public void onPartial(PartialResult partial) {
                synchronized (events) {
                    events.add(partial);
                }
            }

            @Override
            public void onSegment(Segment segment) {
                synchronized (events) {
                    events.add(segment);
                }
            }
        };
        Transcript transcript;
        try (AsrSession session = engine.open(new StreamFormat(16000, ChannelLayout.MONO), listener)) {
            for (int at = 0; at < pcm.length; at += 3333) { // odd size: chunks split sample frames
                session.feedBlocking(pcm, at, Math.min(3333, pcm.length - at));
            }
            assertEquals(audio.durationSeconds(), session.audioSecondsFed(), 1e-6);
            transcript = session.finish().get(60, TimeUnit.SECONDS);
        }
        List<Segment> segments = events.stream().filter(Segment.class::isInstance).map(Segment.class::cast).toList();
        assertEquals(transcript.segments(), segments, "every final segment was also delivered live, in order");
        assertFalse(segments.isEmpty());
        int partialsSinceLastSegment = 0;
        double lastPartialTime = 0;
        for (Object event : events) {
            if (event instanceof PartialResult partial) {
                partialsSinceLastSegment++;
                assertFalse(partial.text().isBlank());
                assertTrue(partial.audioTime() >= lastPartialTime, "partials advance in audio time");
                lastPartialTime = partial.audioTime();
            } else {
                assertTrue(partialsSinceLastSegment > 0, "a partial preceded the final " + event);
                partialsSinceLastSegment = 0;
            }
        }
        assertTrue(WordAccuracy.of(DIGITS, text(transcript)) >= 0.65, text(transcript));
        timingsAreMonotonicAndInside(transcript, audio.durationSeconds());
        assertEquals(audio.durationSeconds(), transcript.metrics().durationSeconds(), 0.01);
        assertEquals(1.0, transcript.metrics().channels().getFirst().talkRatio());
    }
}
