package com.voiceqa.gateway;

import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The warm-up flags: a recording to warm on is optional, and a missing one is a clear error before anything starts. */
class GatewayOptionsTest {

    @Test
    void withoutWarmSpeechTheRecognizersAreWarmedOnSyntheticSound() {
        GatewayOptions options = GatewayOptions.parse(List.of("--no-asr"));
        assertNull(options.warmSpeech());
        assertEquals(GatewayOptions.DEFAULT_WARM_RECOGNIZERS, options.warmRecognizers());
    }

    @Test
    void warmSpeechNamesAnExistingRecording(@TempDir Path dir) throws Exception {
        Path wav = Files.write(dir.resolve("speech.wav"), new byte[44]);
        GatewayOptions options = GatewayOptions.parse(List.of("--warm-speech", wav.toString(), "--warm-recognizers",
                "24"));
        assertEquals(wav, options.warmSpeech());
        assertEquals(24, options.warmRecognizers());
    }

    @Test
    void aMissingWarmSpeechFileSaysWhatToGive(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class,
                () -> GatewayOptions.parse(List.of("--warm-speech", dir.resolve("nope.wav").toString())));
        assertTrue(e.getMessage().contains("no such file") && e.getMessage().contains("recording of speech"),
                e.getMessage());
    }
}
