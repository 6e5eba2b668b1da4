package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.SpeechFixtures;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same audio decodes to the same words whatever else the process decoded before it or beside it: a second pass
 * on a warm engine, and a pass on another engine while a third decodes other audio, give what the first pass gave.
 * (Kaldi's own dither drew from the process-wide rand(), and these passes differed by a word or two in a hundred;
 * {@link SeededDither}.)
 */
class RepeatableDecodingTest {

    private static final List<String> SENTENCES = List.of(SpeechFixtures.SENTENCE_A, SpeechFixtures.SENTENCE_B,
            SpeechFixtures.SENTENCE_C, "the contract ends in march and we need a better price",
            "can you send the new offer to my email today", "the delivery was late three times this year");

    @TempDir
    Path dir;

    @Test
    void sameAudioSameWordsWhateverRanBeforeOrBeside() throws Exception {
        List<PcmAudio> clips = new ArrayList<>();
        clips.add(WavReader.read(TestResources.realEnglish("digits-16k.wav")));
        clips.add(WavReader.read(TestResources.realEnglish("digits-8k.wav")));
        for (String voice : List.of("en-us+f3", "en-us+m3")) {
            for (String sentence : SENTENCES) {
                clips.add(SpeechFixtures.speak(dir, sentence, voice));
            }
        }
        List<String> first;
        List<String> again;
        List<String> beside;
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withWorkers(1))) {
            first = decodeAll(engine, clips);
            again = decodeAll(engine, clips);
        }
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withWorkers(1));
             AsrEngine busy = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withWorkers(1))) {
            CompletableFuture<List<String>> other = CompletableFuture.supplyAsync(
                    () -> decodeAll(busy, clips.reversed()));
            beside = decodeAll(engine, clips);
            other.join();
        }
        assertEquals(first, again, "a second pass on the same engine");
        assertEquals(first, beside, "a pass on a new engine while another decodes");
    }

    private static List<String> decodeAll(AsrEngine engine, List<PcmAudio> clips) {
        return clips.stream().map(audio -> engine.transcribe(audio, "clip", ChannelLayout.MONO, ProgressListener.NONE)
                .segments().stream().map(Segment::text).collect(Collectors.joining(" | "))).toList();
    }
}
