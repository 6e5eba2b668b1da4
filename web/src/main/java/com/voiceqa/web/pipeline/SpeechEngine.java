package com.voiceqa.web.pipeline;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.model.ModelResolver;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.config.VoiceQaProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The process's one ASR engine, if a model is available: {@code voiceqa.model-dir} (--model), else VOICEQA_MODEL or
 * the model cache (see asr-engine's ModelResolver). Without a model the product still runs (demo, search, rules,
 * review) with live ASR off; serve does not download at startup, so it never hangs on a machine offline.
 */
@Component
public class SpeechEngine {

    private static final Logger log = LoggerFactory.getLogger(SpeechEngine.class);

    private final AsrEngine engine;
    private final String status;

    public SpeechEngine(VoiceQaProperties properties) {
        ModelResolver resolver = ModelResolver.fromEnvironment();
        Path explicit = properties.modelPath();
        boolean available = explicit != null || System.getenv("VOICEQA_MODEL") != null
                || Files.isDirectory(resolver.cachedModel());
        AsrEngine loaded = null;
        String message;
        if (!available) {
            message = "live ASR is OFF: no speech model found (looked for " + resolver.cachedModel() + "). Devices can "
                    + "still connect and their audio is stored. To transcribe, start with --model DIR (an unpacked "
                    + "Vosk model, e.g. vosk-model-small-cn-0.22) or set VOICEQA_MODEL=DIR.";
            log.warn("\n*** {}", message);
        } else {
            try {
                loaded = AsrEngine.load(AsrConfig.of(resolver.resolve(explicit, (done, total) -> { }))
                        .withWarmRecognizers(properties.gateway().warmRecognizers()));
                message = "live ASR is on (" + loaded.language() + " model from " + loaded.config().modelDir() + ")";
                log.info(message);
            } catch (RuntimeException e) {
                message = "live ASR is OFF: the speech model did not load: " + e.getMessage();
                log.warn("\n*** {}", message);
            }
        }
        this.engine = loaded;
        this.status = message;
    }

    public Optional<AsrEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /** The engine, or 503 with the message saying how to enable ASR. */
    public AsrEngine require() {
        if (engine == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, status);
        }
        return engine;
    }

    /** One line for operators and the dashboard: on or off, and how to turn it on. */
    public String status() {
        return status;
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
