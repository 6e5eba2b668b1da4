package com.voiceqa.web.pipeline;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.EngineLoad;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * The speech engine's live capacity and recognizer pool as gauges under {@code voiceqa.asr.*} (see
 * {@code /actuator/metrics}); none when live ASR is off.
 */
@Component
class SpeechEngineMetrics implements MeterBinder {

    private final SpeechEngine speech;

    SpeechEngineMetrics(SpeechEngine speech) {
        this.speech = speech;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        speech.engine().ifPresent(engine -> {
            gauge(registry, engine, "voiceqa.asr.live.sessions", "open live sessions", EngineLoad::liveSessions);
            gauge(registry, engine, "voiceqa.asr.live.channels", "channels decoded live", EngineLoad::liveChannels);
            gauge(registry, engine, "voiceqa.asr.live.capacity", "channels the workers can decode in real time",
                    EngineLoad::channelCapacity);
            gauge(registry, engine, "voiceqa.asr.live.cost", "worker-seconds per second of one channel's audio",
                    EngineLoad::costPerAudioSecond);
            gauge(registry, engine, "voiceqa.asr.live.cores", "workers busy decoding live audio in the last second",
                    EngineLoad::coresUsed);
            gauge(registry, engine, "voiceqa.asr.live.backlog.worst", "seconds of audio the furthest-behind call "
                    + "has not decoded yet", EngineLoad::worstBacklogSeconds);
            gauge(registry, engine, "voiceqa.asr.queued", "calls recorded while full, waiting in line for capacity",
                    EngineLoad::queuedRecordings);
            gauge(registry, engine, "voiceqa.asr.catching.up", "admitted queued calls decoding what they recorded",
                    EngineLoad::catchingUp);
            gauge(registry, engine, "voiceqa.asr.recognizers", "recognizers allocated", EngineLoad::recognizers);
            gauge(registry, engine, "voiceqa.asr.recognizers.idle", "warm recognizers waiting for calls",
                    EngineLoad::idleRecognizers);
            gauge(registry, engine, "voiceqa.asr.recognizers.idle.limit", "idle recognizers kept (sized by memory)",
                    EngineLoad::idleLimit);
            gauge(registry, engine, "voiceqa.asr.recognizers.warmed", "recognizers warmed since start",
                    EngineLoad::warmed);
        });
    }

    private static void gauge(MeterRegistry registry, AsrEngine engine, String name, String description,
                              ToDoubleFunction<EngineLoad> value) {
        Gauge.builder(name, engine, e -> value.applyAsDouble(e.load())).description(description).register(registry);
    }
}
