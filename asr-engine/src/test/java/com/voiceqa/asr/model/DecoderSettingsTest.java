package com.voiceqa.asr.model;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.TestResources;
import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoder settings: parsed, checked (Kaldi would abort the process on a bad value) and written into model.conf. */
class DecoderSettingsTest {

    private static final String CONF = "--min-active=200\n--max-active=3000\n--beam=10.0\n--lattice-beam=2.0\n"
            + "--frame-subsampling-factor=3\n";

    @Test
    void parsesAnySubsetAndModel() {
        assertEquals(new DecoderSettings(8.0, 2000, null), DecoderSettings.parse("beam=8, max-active=2000"));
        assertEquals(new DecoderSettings(null, null, 1.5), DecoderSettings.parse("LATTICE-BEAM=1.5"));
        assertTrue(DecoderSettings.parse(" model ").isModel());
        assertEquals("beam=8.0,max-active=2000", DecoderSettings.parse("max-active=2000,beam=8").toString());
    }

    @Test
    void badValuesAreClearErrors() {
        assertMessage("bad decoder setting 'width=3'", () -> DecoderSettings.parse("width=3"));
        assertMessage("bad decoder setting 'beam=9'", () -> DecoderSettings.parse("beam=8,beam=9"));
        assertMessage("not a number", () -> DecoderSettings.parse("beam=wide"));
        assertMessage("beam must be above 0", () -> DecoderSettings.parse("beam=0"));
        assertMessage("at most 50", () -> DecoderSettings.parse("beam=1e400"));
        assertMessage("lattice-beam must be above 0", () -> DecoderSettings.parse("lattice-beam=-1"));
        assertMessage("max-active must be at least 2", () -> DecoderSettings.parse("max-active=1"));
    }

    @Test
    void replacesTheModelsValuesAndKeepsTheRest() {
        String conf = DecoderConf.apply(CONF, new DecoderSettings(7.5, 1500, null));
        assertEquals("--min-active=200\n--max-active=1500\n--beam=7.5\n--lattice-beam=2.0\n"
                + "--frame-subsampling-factor=3\n", conf);
        assertEquals("--beam=10\n--lattice-beam=3.0\n", DecoderConf.apply("--beam=10", new DecoderSettings(null, null, 3.0)));
    }

    @Test
    void maxActiveBelowTheModelsMinActiveIsRefusedBeforeVoskSeesIt() {
        assertMessage("below this model's min-active 200; give max-active=200 or more",
                () -> DecoderConf.apply(CONF, new DecoderSettings(null, 150, null)));
        assertMessage("below this model's min-active 200", () -> AsrEngine.load(AsrConfig.of(TestResources.testModel())
                .withDecoder(new DecoderSettings(null, 150, null))));
    }

    @Test
    void theModelIsLoadedThroughATemporaryConfThatIsGoneAfterwards() throws Exception {
        Path[] seen = new Path[1];
        String conf = DecoderConf.load(ModelDirectory.open(TestResources.testModel()),
                new DecoderSettings(6.0, null, null), folder -> {
                    seen[0] = folder;
                    return read(folder.resolve("conf/model.conf"));
                });
        assertTrue(conf.contains("--beam=6.0\n") && !conf.contains("--beam=10"), conf);
        assertFalse(Files.exists(seen[0]), "the temporary folder is deleted once the model is loaded");
        assertTrue(read(TestResources.testModel().resolve("conf/model.conf")).contains("--beam=10.0"),
                "the model itself is never written");
    }

    @Test
    void evenTheModelsOwnSettingsLoadWithKaldisDitherOff() throws Exception {
        Path model = TestResources.testModel();
        String mfcc = DecoderConf.load(ModelDirectory.open(model), DecoderSettings.MODEL,
                folder -> read(folder.resolve("conf/mfcc.conf")));
        assertTrue(mfcc.endsWith("--dither=0\n"), mfcc);
        assertEquals(read(model.resolve("conf/mfcc.conf")).strip(), mfcc.replace("--dither=0\n", "").strip(),
                "the model's own lines are kept");
        assertEquals("--sample-frequency=8000\n--dither=0\n",
                DecoderConf.withoutDither("--sample-frequency=8000\n--dither=1.0\n"));
    }

    @Test
    void theEffectiveValuesAreTheSettingsOverTheModelsOwn() {
        ModelDirectory model = ModelDirectory.open(TestResources.testModel());
        assertEquals("beam=10.0,max-active=3000,lattice-beam=2.0", DecoderConf.effective(model, DecoderSettings.MODEL)
                .toString(), "the English test model's conf/model.conf");
        assertEquals("beam=8.0,max-active=2000,lattice-beam=2.0",
                DecoderConf.effective(model, DecoderSettings.parse("beam=8,max-active=2000")).toString());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        UserError e = assertThrows(UserError.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
