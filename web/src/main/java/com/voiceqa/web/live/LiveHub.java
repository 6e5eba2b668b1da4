package com.voiceqa.web.live;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.security.CallAudience;
import com.voiceqa.web.security.CurrentUser;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Live calls and their Server-Sent Events subscribers. Each event goes only to subscribers who may see the call
 * ({@link CallAudience}, the calls API's rule). A subscriber whose connection broke is dropped on the next send.
 *
 * <p>Publishing never waits for a browser: each subscriber has its own bounded queue and writer
 * ({@link LiveSubscriber}), so a slow page holds up neither the call-event bus that feeds the hub (and with it the live
 * rules and the storing of ended calls) nor the other pages. Each page gets events in the order they were published.
 */
@Component
public class LiveHub implements SmartLifecycle {

    /** Bounds memory per server: further subscribers are refused with 503 until others leave. */
    static final int MAX_SUBSCRIBERS = 500;
    /**
     * Live pages one user may keep open. A user's newest subscription closes their oldest beyond this (a forgotten tab
     * gives way to the one in use), so no user can fill {@link #MAX_SUBSCRIBERS} and lock the others out.
     */
    static final int MAX_PER_USER = 5;

    private final Map<String, LiveCall> calls = new ConcurrentHashMap<>();
    /** Ended calls whose stored evaluation is still being made; {@link #settled} reconciles their alerts with it. */
    private final Map<String, LiveCall> settling = new ConcurrentHashMap<>();
    private final List<LiveSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile Consumer<LiveUpdate> mirror = update -> { };
    private volatile boolean running;

    public SseEmitter subscribe(CurrentUser user) {
        if (subscribers.size() >= MAX_SUBSCRIBERS) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    "too many live subscribers; close other live pages and retry");
        }
        closeOldestBeyond(MAX_PER_USER - 1, user);
        SseEmitter emitter = new SseEmitter(0L);
        LiveSubscriber subscriber = new LiveSubscriber(emitter, user, subscribers::remove);
        subscribers.add(subscriber);
        subscriber.start();
        subscriber.send(SseEmitter.event().comment("subscribed"));
        return emitter;
    }

    /** Leaves the user at most {@code keep} subscriptions, closing the oldest (subscribers are in subscription order). */
    private void closeOldestBeyond(int keep, CurrentUser user) {
        List<LiveSubscriber> own = subscribers.stream().filter(s -> s.user().id() == user.id()).toList();
        own.subList(0, Math.max(0, own.size() - keep)).forEach(LiveSubscriber::close);
    }

    public Collection<LiveCall> visibleCalls(CurrentUser user) {
        return calls.values().stream().filter(c -> visible(c, user)).toList();
    }

    public void started(LiveUpdate.CallStarted started) {
        take(started);
    }

    public void partial(LiveCall.Partial partial) {
        take(partial);
    }

    public void segment(LiveCall.Segment segment) {
        take(segment);
    }

    public void alert(LiveCall.Alert alert) {
        take(alert);
    }

    public void ended(String callId) {
        take(new LiveCall.Ended(callId));
    }

    /**
     * Reconciles an ended call's live alerts with its stored evaluation, which is made on the whole call (for mono
     * badge audio: on the refined speaker roles, where the live rules saw provisional ones). Alerts it does not confirm
     * are withdrawn, its findings that were never alerted arrive once as late alerts, confirmed alerts are not repeated.
     * Says nothing when the call was not evaluated ({@code confirmedRuleIds} null) or nothing changed.
     *
     * @param confirmedRuleIds the rules the stored evaluation found, or null
     * @param findings         the stored evaluation's findings that deserve an alert
     */
    public void settled(String callId, Set<String> confirmedRuleIds, List<LiveCall.Alert> findings) {
        take(new LiveUpdate.CallSettled(callId, confirmedRuleIds, findings));
    }

    /**
     * From now on, every update this hub makes also goes to {@code mirror} (the analytics role's relay to the web
     * processes); updates {@link #apply applied} from elsewhere do not.
     */
    public void mirrorTo(Consumer<LiveUpdate> mirror) {
        this.mirror = mirror;
    }

    private void take(LiveUpdate update) {
        apply(update);
        mirror.accept(update);
    }

    /** Shows one update on this hub's pages: one this hub made, or one another process's hub made. */
    public void apply(LiveUpdate update) {
        switch (update) {
            case LiveUpdate.CallStarted s -> {
                LiveCall call = LiveCall.start(s.callId(), s.rep(), s.account(), s.device(), s.startedAt(),
                        s.teamId(), s.accountOwnerId());
                calls.put(call.callId(), call);
                publish(call, "call-started", new LiveCall.Started(call.callId(), call.rep(), call.account(),
                        call.device(), call.startedAt()));
            }
            case LiveCall.Partial partial -> with(partial.callId(), call -> {
                call.partials().put(partial.speaker(), partial.text());
                publish(call, "partial", partial);
            });
            case LiveCall.Segment segment -> with(segment.callId(), call -> {
                call.partials().remove(segment.speaker());
                call.segments().add(segment);
                publish(call, "segment", segment);
            });
            case LiveCall.Alert alert -> with(alert.callId(), call -> {
                call.alerts().add(alert);
                publish(call, "alert", alert);
            });
            case LiveCall.Ended ended -> {
                LiveCall call = calls.remove(ended.callId());
                if (call != null) {
                    settling.put(ended.callId(), call);
                    publish(call, "call-ended", ended);
                }
            }
            case LiveUpdate.CallSettled settled -> settle(settled);
        }
    }

    private void settle(LiveUpdate.CallSettled settled) {
        LiveCall call = settling.remove(settled.callId());
        if (call == null || settled.confirmedRuleIds() == null) {
            return;
        }
        Set<String> alerted = call.alerts().stream().map(LiveCall.Alert::ruleId).collect(Collectors.toSet());
        List<String> withdrawn = alerted.stream().filter(id -> !settled.confirmedRuleIds().contains(id)).sorted()
                .toList();
        List<LiveCall.Alert> late = settled.findings().stream().filter(a -> !alerted.contains(a.ruleId())).toList();
        if (!withdrawn.isEmpty() || !late.isEmpty()) {
            publish(call, "alerts-settled", new LiveCall.Settled(settled.callId(), withdrawn, late));
        }
    }

    public LiveCall call(String callId) {
        return calls.get(callId);
    }

    /** Proxies and browsers drop silent connections; a comment every 15 s keeps them open. */
    @Scheduled(fixedRate = 15_000)
    void keepAlive() {
        subscribers.forEach(s -> s.send(SseEmitter.event().comment("keep-alive")));
    }

    private void with(String callId, Consumer<LiveCall> action) {
        LiveCall call = calls.get(callId);
        if (call != null) {
            action.accept(call);
        }
    }

    private void publish(LiveCall call, String name, Object data) {
        for (LiveSubscriber subscriber : subscribers) {
            if (visible(call, subscriber.user())) {
                subscriber.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every subscription before the web server's graceful shutdown, which would otherwise wait for these
     * never-ending responses (this default-phase lifecycle stops before the server's).
     */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(LiveSubscriber::close);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    static boolean visible(LiveCall call, CurrentUser user) {
        return CallAudience.of(user).sees(call.rep() == null ? null : call.rep().id(), call.teamId(),
                call.accountOwnerId());
    }
}
