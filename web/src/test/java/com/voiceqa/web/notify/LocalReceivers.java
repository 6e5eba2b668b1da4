package com.voiceqa.web.notify;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The product's outbox dispatcher wired to local receivers, for tests outside a running product: e-mail to the SMTP
 * server on {@code smtpPort} (GreenMail), webhooks over real HTTP; links point to {@link #DASHBOARD}.
 */
public final class LocalReceivers {

    public static final String DASHBOARD = "http://dashboard.test";
    public static final String MAIL_FROM = "voiceqa@test.local";

    private LocalReceivers() {
    }

    public static OutboxDispatcher dispatcher(OutboxRepository outbox, int smtpPort, Duration firstRetry, Clock clock) {
        NotifyProperties properties = new NotifyProperties(firstRetry, 4, Duration.ofSeconds(2), MAIL_FROM, DASHBOARD);
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtpPort);
        mail.setDefaultEncoding("UTF-8");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", mail));
        return new OutboxDispatcher(outbox, List.of(new WebhookSender(JsonMapper.builder().build(), properties),
                new EmailSender(beans.getBeanProvider(JavaMailSender.class), properties)), properties, clock);
    }
}
