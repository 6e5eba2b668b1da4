package com.voiceqa.web.silence;

import com.voiceqa.web.notify.Alerts;
import com.voiceqa.web.notify.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The daily disengagement check: an account not lost, with a cadence learned from its calls, orders and contracts,
 * silent (none of them) for longer than {@code factor} × its cadence (at least {@code minimumGap}) gets a warning and
 * an alert; hearing from it again (a call or an order) clears the warning. Running the check twice raises nothing twice (one warning per last contact).
 */
@Component
public class SilenceCheck {

    private static final Logger log = LoggerFactory.getLogger(SilenceCheck.class);

    private final SilenceRepository silence;
    private final Alerts alerts;
    private final SilenceProperties properties;
    private final Clock clock;

    public SilenceCheck(SilenceRepository silence, Alerts alerts, SilenceProperties properties, Clock clock) {
        this.silence = silence;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${voiceqa.silence.cron:0 15 6 * * *}")
    void daily() {
        int raised = check();
        if (raised > 0) {
            log.info("{} accounts have gone silent", raised);
        }
    }

    /** Runs the check now; returns how many warnings it raised. */
    public int check() {
        Instant now = clock.instant();
        Set<Long> lost = silence.lostAccounts();
        Map<Long, SilenceRepository.Open> open = silence.open();
        int raised = 0;
        for (Map.Entry<Long, List<Instant>> account : silence.contactTimes().entrySet()) {
            Instant last = account.getValue().getLast();
            SilenceRepository.Open warning = open.get(account.getKey());
            if (warning != null && (lost.contains(account.getKey()) || !warning.lastContact().equals(last))) {
                silence.clear(warning.id(), now);
                warning = null;
            }
            Optional<Duration> cadence = Cadence.of(account.getValue());
            if (warning == null && cadence.isPresent() && !lost.contains(account.getKey())
                    && Duration.between(last, now).compareTo(
                    Cadence.threshold(cadence.get(), properties.factor(), properties.minimumGap())) > 0
                    && silence.raise(account.getKey(), last, cadence.get(), now)) {
                alerts.publish(notice(account.getKey(), last, cadence.get(), now));
                raised++;
            }
        }
        return raised;
    }

    private Notice notice(long accountId, Instant last, Duration cadence, Instant now) {
        String name = silence.accountName(accountId);
        return new Notice("silence:" + accountId + ":" + last, "客户沉默：" + name,
                "客户 " + name + " 已 " + Duration.between(last, now).toDays() + " 天没有通话或订单（平时约每 "
                        + Math.max(1, Math.round(cadence.toHours() / 24.0)) + " 天一次）。请主动联系。",
                "/#/accounts?id=" + accountId);
    }
}
