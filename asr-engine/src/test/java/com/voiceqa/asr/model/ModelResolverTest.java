package com.voiceqa.asr.model;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelResolverTest {

    @Test
    void explicitPathWinsThenEnvironmentThenCache(@TempDir Path cache) throws IOException {
        Path model = TestResources.testModel();
        ModelResolver withEnv = new ModelResolver(unreachable(), cache, model.toString(), new ModelDownloader());
        assertEquals(model, withEnv.resolve(null, (d, t) -> { }));
        assertEquals(model, withEnv.resolve(model, (d, t) -> { }));

        Path cached = cache.resolve(ModelSpec.MANDARIN_NAME);
        Files.createDirectories(cache);
        Files.createSymbolicLink(cached, model);
        ModelResolver fromCache = new ModelResolver(unreachable(), cache, null, new ModelDownloader());
        assertEquals(cached, fromCache.resolve(null, (d, t) -> { }));
    }

    @Test
    void settingsComeFromPropertiesOrEnvironmentVariables(@TempDir Path cache) {
        Map<String, String> settings = Map.of("VOICEQA_CACHE_DIR", cache.toString(),
                "VOICEQA_MODEL_URL", "/srv/models/cn.zip");
        ModelResolver resolver = ModelResolver.fromEnvironment(settings::get);
        assertEquals(cache.resolve("vosk-model-small-cn-0.22"), resolver.cachedModel());
        assertEquals("file:///srv/models/cn.zip", resolver.spec().url().toString());
    }

    @Test
    void missingModelsSayWhatToDo(@TempDir Path dir) throws IOException {
        ModelException missing = assertThrows(ModelException.class, () -> ModelDirectory.open(dir.resolve("none")));
        assertTrue(missing.getMessage().contains("--model DIR") && missing.getMessage().contains("VOICEQA_MODEL"),
                missing.getMessage());

        ModelResolver badEnv = new ModelResolver(unreachable(), dir, dir.resolve("gone").toString(),
                new ModelDownloader());
        ModelException env = assertThrows(ModelException.class, () -> badEnv.resolve(null, (d, t) -> { }));
        assertTrue(env.getMessage().startsWith("VOICEQA_MODEL="), env.getMessage());

        ModelResolver nothing = new ModelResolver(unreachable(), dir.resolve("cache"), null, new ModelDownloader());
        ModelException download = assertThrows(ModelException.class, () -> nothing.resolve(null, (d, t) -> { }));
        assertTrue(download.getMessage().contains("could not install the speech model vosk-model-small-cn-0.22")
                && download.getMessage().contains("--model DIR"), download.getMessage());

        Files.createDirectories(dir.resolve("half/am"));
        Files.writeString(dir.resolve("half/am/final.mdl"), "x");
        ModelException half = assertThrows(ModelException.class, () -> ModelDirectory.open(dir.resolve("half")));
        assertTrue(half.getMessage().contains("conf/model.conf is missing"), half.getMessage());
    }

    @Test
    void damagedModelThatPassesTheLayoutCheckIsAClearError(@TempDir Path dir) throws IOException {
        for (String file : new String[] {"am/final.mdl", "conf/model.conf", "graph/HCLG.fst"}) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), "not a model");
        }
        ModelException e = assertThrows(ModelException.class, () -> AsrEngine.load(AsrConfig.of(dir)));
        assertTrue(e.getMessage().contains("Vosk could not load the speech model"), e.getMessage());
    }

    @Test
    void languageComesFromTheModelNameOrReadme(@TempDir Path dir) throws IOException {
        assertEquals("zh", ModelDirectory.language(dir.resolve("vosk-model-small-cn-0.22")));
        assertEquals("en", ModelDirectory.language(TestResources.testModel()));
        Path unnamed = Files.createDirectories(dir.resolve("m1"));
        Files.writeString(unnamed.resolve("README"), "Chinese Vosk model for mobile\n");
        assertEquals("zh", ModelDirectory.language(unnamed));
        assertEquals("und", ModelDirectory.language(Files.createDirectories(dir.resolve("m2"))));
    }

    /** A spec whose download cannot succeed: resolving it proves no download was attempted. */
    private static ModelSpec unreachable() {
        return ModelSpec.mandarin().withUrl(Path.of("/nonexistent/voiceqa-model.zip").toUri());
    }
}
