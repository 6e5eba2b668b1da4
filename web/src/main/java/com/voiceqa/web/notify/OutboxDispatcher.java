package com.voiceqa.web.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers due outbox rows: each is claimed (pending → sending) before it is sent, so two dispatchers never send the
 * same row, and marked sent after the receiver took it. A failed attempt is retried after
 * {@code firstRetry × 2^(attempt-1)}; after {@code maxAttempts} the row is failed and kept with its last error.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final Map<String, Sender> senders;
    private final NotifyProperties properties;
    private final Clock clock;

    OutboxDispatcher(OutboxRepository outbox, List<Sender> senders, NotifyProperties properties, Clock clock) {
        this.outbox = outbox;
        this.senders = senders.stream().collect(Collectors.toMap(Sender::kind, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void releaseInterrupted() {
        int released = outbox.releaseInterrupted();
        if (released > 0) {
            log.warn("{} alert deliveries were interrupted by a stop and will be retried", released);
        }
    }

    @Scheduled(fixedDelayString = "${voiceqa.notify.poll:PT5S}")
    void poll() {
        deliverDue();
    }

    /** Sends what is due now; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (Delivery delivery : outbox.due(clock.instant(), BATCH)) {
            if (outbox.claim(delivery.id()) && attempt(delivery)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean attempt(Delivery delivery) {
        int attempt = delivery.attempts() + 1;
        String url = delivery.link() == null ? null : properties.dashboardUrl() + delivery.link();
        try {
            Sender sender = senders.get(delivery.channel().kind());
            if (sender == null) {
                throw new IllegalStateException("no sender for channel kind " + delivery.channel().kind());
            }
            sender.send(delivery.channel(), delivery.title(), delivery.body(), url);
            outbox.sent(delivery.id(), attempt, clock.instant());
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Instant next = attempt >= properties.maxAttempts() ? null
                    : clock.instant().plus(properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20)));
            log.warn("alert {} to channel {} failed (attempt {}): {}", delivery.id(), delivery.channel().name(),
                    attempt, e.getMessage());
            outbox.attemptFailed(delivery.id(), attempt, next, String.valueOf(e.getMessage()));
            return false;
        }
    }
}
