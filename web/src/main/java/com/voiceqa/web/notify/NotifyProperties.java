package com.voiceqa.web.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code voiceqa.notify.*}.
 *
 * @param firstRetry   wait before the second attempt; each later one waits twice as long
 * @param maxAttempts  attempts before a delivery is given up as failed
 * @param timeout      connect and response timeout of one webhook call
 * @param mailFrom     sender address of alert e-mails (the SMTP server is Spring's {@code spring.mail.*})
 * @param dashboardUrl base URL that alert links point to
 */
@ConfigurationProperties("voiceqa.notify")
public record NotifyProperties(@DefaultValue("30s") Duration firstRetry, @DefaultValue("6") int maxAttempts,
                               @DefaultValue("5s") Duration timeout,
                               @DefaultValue("voiceqa@localhost") String mailFrom,
                               @DefaultValue("http://localhost:8080") String dashboardUrl) {
}
