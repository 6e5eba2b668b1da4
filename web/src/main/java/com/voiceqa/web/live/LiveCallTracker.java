package com.voiceqa.web.live;

import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.LiveEvaluation;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.devices.DatabaseDeviceDirectory;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.Hotwords;
import com.voiceqa.web.pipeline.NewCall;
import com.voiceqa.web.pipeline.RecordingTranscriber;
import com.voiceqa.web.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Follows the gateway's calls, on the call-event bus's thread (so per call it sees events in order): a call that
 * starts is attributed and registered ({@link CallAttribution}, visible as processing) and watched by the live rules
 * ({@link LiveRules}); partials, segments and alerts go to {@link LiveHub}, which sends them on its own thread; an ended
 * call is scored and stored on a worker thread, and its live alerts are then settled against that one evaluation.
 */
@Component
public class LiveCallTracker {

    private static final Logger log = LoggerFactory.getLogger(LiveCallTracker.class);

    private final LiveHub hub;
    private final CallAttribution attribution;
    private final LiveRules liveRules;
    private final DatabaseDeviceDirectory directory;
    private final CallStore store;
    private final CallIngest ingest;
    private final RecordingTranscriber transcriber;
    private final Hotwords hotwords;
    private final Map<String, Tracked> calls = new ConcurrentHashMap<>();
    private final ExecutorService finisher = Executors.newSingleThreadExecutor(r -> new Thread(r, "voiceqa-call-finisher"));

    LiveCallTracker(LiveHub hub, CallAttribution attribution, LiveRules liveRules, DatabaseDeviceDirectory directory,
                    CallStore store, CallIngest ingest, RecordingTranscriber transcriber, Hotwords hotwords) {
        this.hub = hub;
        this.attribution = attribution;
        this.liveRules = liveRules;
        this.directory = directory;
        this.store = store;
        this.ingest = ingest;
        this.transcriber = transcriber;
        this.hotwords = hotwords;
    }

    /** Routes one event of the gateway's bus (in one process) or of the cluster's event topic (analytics role). */
    public void onEvent(CallEvent event) {
        switch (event) {
            case CallEvent.Started started -> start(started.call());
            case CallEvent.Partial p -> hub.partial(new LiveCall.Partial(p.callId(), p.partial().speaker(),
                    p.partial().text(), p.partial().audioTime()));
            case CallEvent.FinalSegment f -> {
                Tracked tracked = calls.get(f.callId());
                if (tracked != null) {
                    tracked.live().ifPresent(live -> live.onSegment(hotwords.correct(f.segment())));
                }
                // the dashboard shows what was heard
                hub.segment(new LiveCall.Segment(f.callId(), f.segment().speaker(), f.segment().start(),
                        f.segment().end(), f.segment().text()));
            }
            case CallEvent.Ended ended -> end(ended);
        }
    }

    /**
     * Scores and stores an ended call on the finisher thread. The future completes once the call is stored, or marked
     * failed with the reason (logged): the analytics role commits its Kafka offsets past the call only then.
     */
    public CompletableFuture<Void> end(CallEvent.Ended ended) {
        hub.ended(ended.callId());
        directory.callEnded(ended.call().deviceId());
        return CompletableFuture.runAsync(() -> finish(ended), finisher);
    }

    private void start(CallMetadata meta) {
        Optional<CurrentUser> rep = attribution.rep(meta);
        NewCall call = attribution.register(meta, rep);
        Long accountId = call.accountId();
        directory.callStarted(meta.deviceId());
        attribution.deviceSeen(meta.deviceId());
        calls.put(meta.callId(), new Tracked(call, liveRules.watch(meta.callId())));
        hub.started(new LiveUpdate.CallStarted(meta.callId(), rep.map(u -> new Ref(u.id(), u.displayName())).orElse(null),
                accountId == null ? null : new Ref(accountId, meta.accountId()), meta.deviceId(), meta.recordedAt(),
                rep.map(CurrentUser::teamId).orElse(null),
                accountId == null ? null : attribution.accountOwner(accountId).orElse(null)));
    }

    private void finish(CallEvent.Ended ended) {
        String callId = ended.callId();
        CallEvaluation evaluation = null;
        try {
            Tracked tracked = calls.remove(callId);
            // a call recovered after a restart has no Started event in this process: its row is registered already
            // (or, if the crash came before that, now)
            NewCall call = (tracked != null ? tracked.call()
                    : attribution.register(ended.call(), attribution.rep(ended.call())))
                    .withAudio(ended.recording());
            if (store.isDone(callId)) {
                log.info("call {} is stored already; its repeated end (after a restart) changes nothing", callId);
                return;
            }
            var format = ended.call().format();
            double duration = ended.audioBytes() / (double) (format.sampleRate() * format.frameBytes());
            store.recordingReady(callId, ended.recording(), duration);
            if (ended.transcript().isEmpty()) {
                transcriber.submit(call);
                return;
            }
            var transcript = ended.transcript().get();
            evaluation = ingest.finish(call, duration, transcript.segments(), transcript.metrics());
        } catch (RuntimeException e) {
            log.error("call {} could not be stored", callId, e);
        } finally {
            settle(callId, evaluation);
        }
    }

    /**
     * Live rules saw the call as it came, with provisional roles on mono audio; the stored evaluation saw the whole call
     * with refined roles. The live page is corrected to the stored one: churn findings are what it alerts on.
     */
    private void settle(String callId, CallEvaluation evaluation) {
        if (evaluation == null) {
            hub.settled(callId, null, List.of());
            return;
        }
        List<RuleHit> found = evaluation.hits().stream().filter(hit -> !hit.missing()).toList();
        hub.settled(callId, found.stream().map(RuleHit::ruleId).collect(Collectors.toSet()),
                evaluation.churnSignals().stream().filter(hit -> !hit.missing())
                        .map(hit -> LiveRules.alertOf(callId, hit, hit.evidence().isEmpty() ? 0
                                : hit.evidence().getLast().endSeconds()))
                        .toList());
    }

    @PreDestroy
    void close() {
        finisher.shutdown();
    }

    private record Tracked(NewCall call, Optional<LiveEvaluation> live) {
    }
}
