package com.voiceqa.web.pipeline;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.model.ModelResolver;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.config.ProcessRole;
import com.voiceqa.web.config.VoiceQaProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

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
    /** False in a cluster's analytics and web processes: the ASR workers transcribe, so nothing here is "off". */
    private final boolean local;

    public SpeechEngine(VoiceQaProperties properties) {
        this.local = properties.runs(ProcessRole.ASR);
        if (!local) {
            this.engine = null;
            this.status = "speech recognition runs in the cluster's ASR workers, not in this process (voiceqa.roles)";
            log.info(status);
            return;
        }
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
                        .withWarmRecognizers(properties.gateway().warmRecognizers())
                        .withWarmUpSpeech(properties.gateway().warmSpeech().isBlank() ? null
                                : Path.of(properties.gateway().warmSpeech())));
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

    /** The engine, or 503 saying (in the dashboard's language, without server paths) that ASR is off. */
    public AsrEngine require() {
        if (!local) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "这个服务器只提供看板和查询，不转写上传的录音。"
                    + "请让设备直接接入网关，或联系管理员。");
        }
        if (engine == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "语音识别未开启（服务器没有语音模型），暂时不能转写上传的录音。"
                    + "请联系管理员开启语音识别。");
        }
        return engine;
    }

    /** One line for operators (the log): on or off, where it looked, and how to turn it on. */
    public String status() {
        return status;
    }

    /**
     * What the dashboard tells a user about ASR: nothing when it is on; otherwise what it means for their calls and
     * what they can do. Only an admin is told how to enable it, and no one sees the server's paths.
     */
    public String notice(boolean admin) {
        if (engine != null || !local) {
            return "";
        }
        return admin ? "语音识别未开启：服务器没有找到语音模型，新通话只保存录音，不转写、不质检。用 ./voiceqa serve --model 模型目录"
                + " 重新启动即可开启（详见服务器日志）。"
                : "语音识别暂未开启：通话录音会保存，但不会转写和质检。如需开启请联系管理员。";
    }

    /**
     * A warning when the model's language is not one the rule packs are written for (e.g. the English test model with
     * the Chinese packs): its calls get no findings and raise no alerts. Empty when they match or ASR is off.
     */
    public String languageNotice(Set<String> packLanguages) {
        if (engine == null || packLanguages.contains(engine.language())) {
            return "";
        }
        return "语音模型的语言（" + engine.language() + "）与质检规则的语言（" + String.join("、", packLanguages) + "）不一致："
                + "这些通话不会被质检，也不会触发实时预警。请换用与规则同语言的语音模型。 / The speech model's language ("
                + engine.language() + ") matches no rule pack (" + String.join(", ", packLanguages) + "): its calls are "
                + "not inspected and raise no alerts.";
    }

    @PreDestroy
    void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
