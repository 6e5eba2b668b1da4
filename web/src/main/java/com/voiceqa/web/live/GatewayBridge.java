package com.voiceqa.web.live;

import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.gateway.EngineTranscription;
import com.voiceqa.gateway.Gateway;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.events.InProcessCallEventBus;
import com.voiceqa.web.config.ProcessRole;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.devices.DatabaseDeviceDirectory;
import com.voiceqa.web.pipeline.GatewayCalls;
import com.voiceqa.web.pipeline.SpeechEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the device gateway inside the product: starts its listeners with the database's device directory and the
 * process's ASR engine (if any), hands its call events to {@link LiveCallTracker} and tells call recovery which calls
 * the gateway recovered from its spool.
 */
@Component
public class GatewayBridge implements SmartLifecycle, GatewayCalls {

    private static final Logger log = LoggerFactory.getLogger(GatewayBridge.class);

    private final VoiceQaProperties properties;
    private final DatabaseDeviceDirectory devices;
    private final SpeechEngine speech;
    private final LiveCallTracker tracker;
    private CallEventBus bus;
    private Gateway gateway;

    public GatewayBridge(VoiceQaProperties properties, DatabaseDeviceDirectory devices,
                         SpeechEngine speech, LiveCallTracker tracker) {
        this.properties = properties;
        this.devices = devices;
        this.speech = speech;
        this.tracker = tracker;
    }

    @Override
    public synchronized void start() {
        if (!properties.gateway().enabled() || !properties.runs(ProcessRole.GATEWAY)) {
            log.info("device gateway not started here (voiceqa.gateway.enabled=false, or voiceqa.roles without gateway)");
            return;
        }
        bus = new InProcessCallEventBus();
        bus.subscribe(tracker::onEvent);
        VoiceQaProperties.Gateway settings = properties.gateway();
        GatewayConfig defaults = GatewayConfig.defaults(properties.dataPath());
        GatewayConfig config = defaults.withPorts(settings.websocketPort(), settings.badgePort())
                .withLimits(defaults.limits()
                        .withMaxConnections(defaults.limits().maxConnections(), settings.maxConnectionsPerAddress())
                        .withStaleCallTimeout(settings.staleCallTimeout()))
                // Phones speak the vosk protocol to get transcripts: without ASR they are told so at once.
                .withPhonesWithoutAsr(false);
        try {
            gateway = Gateway.start(config, devices, speech.engine().map(EngineTranscription::new), bus);
        } catch (IOException e) {
            throw new UncheckedIOException("the device gateway could not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        log.info("device gateway listening: WebSocket {} (vosk-server protocol), badges {}", gateway.webSocketPort(),
                gateway.badgePort());
    }

    @Override
    public synchronized void stop() {
        try {
            if (gateway != null) {
                gateway.close();
            }
            if (bus != null) {
                bus.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            gateway = null;
            bus = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return gateway != null;
    }

    /** The bound WebSocket port (differs from the configured one when that was 0), or -1 when not running. */
    public synchronized int webSocketPort() {
        return gateway == null ? -1 : gateway.webSocketPort();
    }

    public synchronized int badgePort() {
        return gateway == null ? -1 : gateway.badgePort();
    }

    @Override
    public synchronized Set<String> recoveredCallIds() {
        return gateway == null ? Set.of()
                : gateway.recoveredCalls().stream().map(CallMetadata::callId).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized Optional<Path> recording(String deviceId, String callId) {
        return gateway == null ? Optional.empty() : gateway.recording(deviceId, callId);
    }
}
