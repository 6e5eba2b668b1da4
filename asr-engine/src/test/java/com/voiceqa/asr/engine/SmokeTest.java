package com.voiceqa.asr.engine;

import com.voiceqa.asr.*;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()))) {
            System.out.println("lang " + engine.language() + " rate " + engine.modelSampleRate());
            for (String f : new String[] {"digits-16k.wav", "digits-8k.wav"}) {
                long t = System.nanoTime();
                Transcript tr = engine.transcribe(TestResources.realEnglish(f), ChannelLayout.MONO, ProgressListener.NONE);
                System.out.println(f + " " + (System.nanoTime() - t) / 1e6 + " ms " + tr.segments());
                System.out.println(tr.metrics());
            }
        }
    }
}
