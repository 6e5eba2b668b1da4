package com.voiceqa.web.pipeline;

import com.voiceqa.web.config.ProcessRole;
import com.voiceqa.web.config.VoiceQaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finishes, at startup, the calls an earlier process left {@code processing} (it crashed or was stopped): none stays
 * processing for good. Uploads are transcribed again from their stored recording; device calls the gateway recovered
 * from its spool are left to it (it ends them and publishes their end, which {@code LiveCallTracker} stores), as are
 * all device calls while the gateway is switched off; other device calls are transcribed from their final recording;
 * a call whose audio is gone is marked failed with the reason. Every step it repeats replaces what an earlier attempt
 * stored, so nothing is stored twice.
 */
@Component
public class CallRecovery {

    private static final Logger log = LoggerFactory.getLogger(CallRecovery.class);

    /** Calls registered before this are an earlier process's; later ones are this process's own work in progress. */
    private final Instant processStart = Instant.now();
    private final CallStore store;
    private final CallIngest ingest;
    private final RecordingTranscriber transcriber;
    private final GatewayCalls gateway;
    /** Only the process that stores calls finishes them: a web-only process reads the database, never writes calls. */
    private final boolean writesCalls;

    public CallRecovery(CallStore store, CallIngest ingest, RecordingTranscriber transcriber, GatewayCalls gateway,
                        VoiceQaProperties properties) {
        this.writesCalls = properties.runs(ProcessRole.ANALYTICS);
        this.store = store;
        this.ingest = ingest;
        this.transcriber = transcriber;
        this.gateway = gateway;
    }

    /** Runs once the gateway has recovered its spool (it starts with the context) and the demo is loaded. */
    @EventListener(ApplicationReadyEvent.class)
    public void recover() {
        if (!writesCalls) {
            return;
        }
        Set<String> leftToGateway = gateway.recoveredCallIds();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (NewCall call : store.processing(processStart)) {
            outcomes.merge(recover(call, leftToGateway), 1, Integer::sum);
        }
        if (!outcomes.isEmpty()) {
            log.warn("recovery: calls the last run left unfinished: {}", outcomes);
        }
    }

    private Outcome recover(NewCall call, Set<String> leftToGateway) {
        return switch (call.source()) {
            case "upload" -> transcribe(call, Optional.ofNullable(call.audio()));
            case "device" -> !gateway.isRunning() || leftToGateway.contains(call.id()) ? Outcome.LEFT_TO_GATEWAY
                    : transcribe(call, Optional.ofNullable(call.audio())
                    .or(() -> gateway.recording(call.device(), call.id())));
            // the demo loader (it runs before this) loads unfinished demo calls again
            default -> fail(call, "loading this demo call was interrupted; start with --demo to load it again");
        };
    }

    private Outcome transcribe(NewCall call, Optional<Path> recording) {
        if (recording.filter(Files::isRegularFile).isEmpty()) {
            return fail(call, "the recording was lost: the server stopped before it was stored"
                    + recording.map(path -> " (" + path.getFileName() + " is missing)").orElse("")
                    + "; send the call again");
        }
        transcriber.submit(call.withAudio(recording.get()));
        return Outcome.TRANSCRIBED_AGAIN;
    }

    private Outcome fail(NewCall call, String reason) {
        ingest.fail(call.id(), reason);
        return Outcome.FAILED;
    }

    private enum Outcome {
        TRANSCRIBED_AGAIN, LEFT_TO_GATEWAY, FAILED
    }
}
