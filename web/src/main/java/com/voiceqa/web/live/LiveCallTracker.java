package com.voiceqa.web.live;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.rules.AlertEvent;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.LiveEvaluation;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.devices.DatabaseDeviceDirectory;
import com.voiceqa.web.devices.DeviceRepository;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.Hotwords;
import com.voiceqa.web.pipeline.NewCall;
import com.voiceqa.web.pipeline.RecordingTranscriber;
import com.voiceqa.web.pipeline.SpeechEngine;
import com.voiceqa.web.rules.RuleBook;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.users.UserRepository;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Follows the gateway's calls: a call that starts is registered (visible as processing) and watched by the live
 * rules; partials, segments and alerts go to {@link LiveHub}; an ended call is scored and stored on a worker thread
 * (never on the gateway's event thread). Runs on the gateway's single event thread, so per call it sees events in order.
 */
@Component
public class LiveCallTracker {

    private static final Logger log = LoggerFactory.getLogger(LiveCallTracker.class);

    private final LiveHub hub;
    private final RuleBook rules;
    private final UserRepository users;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final DatabaseDeviceDirectory directory;
    private final CallStore store;
    private final CallIngest ingest;
    private final RecordingTranscriber transcriber;
    private final SpeechEngine speech;
    private final Hotwords hotwords;
    private final Map<String, Tracked> calls = new ConcurrentHashMap<>();
    private final ExecutorService finisher = Executors.newSingleThreadExecutor(r -> new Thread(r, "voiceqa-call-finisher"));

    public LiveCallTracker(LiveHub hub, RuleBook rules, UserRepository users, AccountRepository accounts,
                           DeviceRepository devices, DatabaseDeviceDirectory directory, CallStore store,
                           CallIngest ingest, RecordingTranscriber transcriber, SpeechEngine speech, Hotwords hotwords) {
        this.hub = hub;
        this.rules = rules;
        this.users = users;
        this.accounts = accounts;
        this.devices = devices;
        this.directory = directory;
        this.store = store;
        this.ingest = ingest;
        this.transcriber = transcriber;
        this.speech = speech;
        this.hotwords = hotwords;
    }

    void onEvent(CallEvent event) {
        switch (event) {
            case CallEvent.Started started -> start(started.call());
            case CallEvent.Partial p -> hub.partial(new LiveCall.Partial(p.callId(), p.partial().speaker(),
                    p.partial().text(), p.partial().audioTime()));
            case CallEvent.FinalSegment f -> {
                Tracked tracked = calls.get(f.callId());
                if (tracked != null && tracked.live() != null) {
                    tracked.live().onSegment(hotwords.correct(f.segment())); // the dashboard shows what was heard
                }
                hub.segment(new LiveCall.Segment(f.callId(), f.segment().speaker(), f.segment().start(),
                        f.segment().end(), f.segment().text()));
            }
            case CallEvent.Ended ended -> {
                hub.ended(ended.callId());
                directory.callEnded(ended.call().deviceId());
                finisher.execute(() -> finish(ended));
            }
        }
    }

    private void start(CallMetadata meta) {
        Optional<CurrentUser> rep = rep(meta);
        NewCall call = register(meta, rep);
        Long accountId = call.accountId();
        directory.callStarted(meta.deviceId());
        devices.touch(meta.deviceId());
        LiveEvaluation live = liveRules(meta.callId());
        calls.put(meta.callId(), new Tracked(call, live));
        hub.started(LiveCall.start(meta.callId(), rep.map(u -> new Ref(u.id(), u.displayName())).orElse(null),
                accountId == null ? null : new Ref(accountId, meta.accountId()), meta.deviceId(), meta.recordedAt(),
                rep.map(CurrentUser::teamId).orElse(null),
                accountId == null ? null : accounts.owner(accountId).orElse(null)));
    }

    /**
     * The one way a device call gets its row, live or after a restart: attributed to the rep and account, stored
     * once (a call already stored keeps its row and attribution).
     */
    private NewCall register(CallMetadata meta, Optional<CurrentUser> rep) {
        Long repId = rep.map(CurrentUser::id).orElse(null);
        Long accountId = meta.accountId().isBlank() ? null : accounts.ensure(meta.accountId(), repId);
        return store.register(new NewCall(meta.callId(), "device", repId, accountId, meta.deviceId(),
                meta.recordedAt(), 0, null, meta.format().layout()));
    }

    private LiveEvaluation liveRules(String callId) {
        try {
            // Only packs of the model's language listen: Chinese rules on an English transcript raise false alerts.
            String language = speech.engine().map(AsrEngine::language).orElse(RulePack.DEFAULT_LANGUAGE);
            return rules.engine(language).map(engine -> engine.live(callId, this::alert)).orElse(null);
        } catch (RuntimeException e) {
            log.warn("call {} runs without live rules: {}", callId, e.getMessage());
            return null;
        }
    }

    private void alert(AlertEvent event) {
        hub.alert(liveAlert(event.callId(), event.hit(), event.utteranceEnd()));
    }

    private static LiveCall.Alert liveAlert(String callId, RuleHit hit, double utteranceEnd) {
        return new LiveCall.Alert(callId, hit.ruleId(), hit.ruleName(), hit.category(), hit.severity().label(),
                hit.evidence().isEmpty() ? null : hit.evidence().getLast(), utteranceEnd, Instant.now());
    }

    private void finish(CallEvent.Ended ended) {
        String callId = ended.callId();
        CallEvaluation evaluation = null;
        try {
            Tracked tracked = calls.remove(callId);
            // a call recovered after a restart has no Started event in this process: its row is registered already
            // (or, if the crash came before that, now)
            NewCall call = (tracked != null ? tracked.call() : register(ended.call(), rep(ended.call())))
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
                        .map(hit -> liveAlert(callId, hit, hit.evidence().isEmpty() ? 0
                                : hit.evidence().getLast().endSeconds()))
                        .toList());
    }

    /**
     * The rep a device call belongs to: the one its device is registered to. What the device declares (its rep id)
     * is not evidence: any device, or an anonymous loopback client, could name any rep.
     */
    private Optional<CurrentUser> rep(CallMetadata meta) {
        return devices.rep(meta.deviceId()).flatMap(users::principal);
    }

    @PreDestroy
    void close() {
        finisher.shutdown();
    }

    private record Tracked(NewCall call, LiveEvaluation live) {
    }
}
