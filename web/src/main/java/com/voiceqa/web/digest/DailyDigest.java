package com.voiceqa.web.digest;

import com.voiceqa.web.notify.Alerts;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.users.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends each enabled manager their digest at {@code voiceqa.digest.cron} (08:00 by default, the server's zone). A
 * manager with nothing to report gets no mail. The outbox queues a digest once per manager, day and channel, so a
 * restart or a second run the same day sends nothing twice.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final UserRepository users;
    private final DigestComposer composer;
    private final Alerts alerts;
    private final Clock clock;

    public DailyDigest(UserRepository users, DigestComposer composer, Alerts alerts, Clock clock) {
        this.users = users;
        this.composer = composer;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(cron = "${voiceqa.digest.cron:0 0 8 * * *}")
    void daily() {
        log.info("daily digest queued for {} channels", send());
    }

    /** Composes and queues today's digests; returns how many deliveries were queued. */
    public int send() {
        Instant now = clock.instant();
        int queued = 0;
        for (CurrentUser manager : users.managers()) {
            ManagerDigest digest = composer.compose(manager, now, clock.getZone());
            if (!digest.empty()) {
                queued += alerts.publish(DigestText.notice(digest));
            }
        }
        return queued;
    }
}
