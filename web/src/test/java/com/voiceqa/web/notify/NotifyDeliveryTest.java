package com.voiceqa.web.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import com.voiceqa.web.support.MigratedDatabase;
import com.voiceqa.web.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert delivery against real receivers: a local HTTP server standing in for a WeCom robot (failing at first), and
 * GreenMail, a real SMTP server in-process. The outbox lives in a real database with the product's migrations;
 * time moves by a test clock, so the back-off is checked without waiting.
 */
class NotifyDeliveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final List<String> webhookBodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer robot;
    private GreenMail smtp;
    private OutboxRepository outbox;
    private Alerts alerts;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            webhookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        robot.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();

        outbox = new OutboxRepository(MigratedDatabase.in(dir));
        alerts = new Alerts(outbox, clock);
        dispatcher = LocalReceivers.dispatcher(outbox, smtp.getSmtp().getPort(), FIRST_RETRY, clock);
    }

    @AfterEach
    void stop() {
        robot.stop(0);
        smtp.stop();
    }

    @Test
    void aFailingWebhookIsRetriedWithBackOffAndNothingIsSentTwice() throws Exception {
        outbox.addChannel("销售群机器人", "webhook", robotUrl(), "wecom", clock.instant());
        outbox.addChannel("主管邮箱", "email", "manager@test.local", "text", clock.instant());
        failuresLeft.set(2);
        Notice notice = new Notice("call-high:call-0003", "高风险通话：星河物流", "客户 星河物流，销售 李敏，流失信号 3 条。",
                "/#/calls/call-0003");
        assertThat(alerts.publish(notice)).isEqualTo(2);
        assertThat(alerts.publish(notice)).as("the same alert is queued once").isZero();

        assertThat(dispatcher.deliverDue()).as("the e-mail goes out, the robot answers 500").isEqualTo(1);
        assertThat(webhookBodies).hasSize(1);
        assertThat(dispatcher.deliverDue()).as("not due again before the back-off").isZero();
        clock.advance(FIRST_RETRY.minusSeconds(1));
        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(webhookBodies).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.deliverDue()).as("second attempt: 500 again").isZero();
        assertThat(webhookBodies).hasSize(2);
        clock.advance(FIRST_RETRY);
        assertThat(dispatcher.deliverDue()).as("the back-off doubled: 20 s after the second attempt").isZero();
        clock.advance(FIRST_RETRY);
        assertThat(dispatcher.deliverDue()).as("third attempt delivered").isEqualTo(1);
        assertThat(webhookBodies).hasSize(3);

        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(alerts.publish(notice)).isZero();
        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(webhookBodies).as("nothing sent twice").hasSize(3);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).as("one e-mail").hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("高风险通话：星河物流");
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("manager@test.local");
        assertThat((String) mails[0].getContent()).contains("流失信号 3 条").contains("http://dashboard.test/#/calls/call-0003");

        JsonNode robotMessage = JSON.readTree(webhookBodies.getLast());
        assertThat(robotMessage.get("msgtype").asString()).isEqualTo("markdown");
        assertThat(robotMessage.get("markdown").get("content").asString()).contains("**高风险通话：星河物流**")
                .contains("(http://dashboard.test/#/calls/call-0003)");
        assertThat(outbox.recent(10)).extracting(OutboxRepository.OutboxEntry::state).containsOnly("sent");
        assertThat(outbox.recent(10).stream().filter(e -> e.channel().equals("销售群机器人")).findFirst().orElseThrow()
                .attempts()).isEqualTo(3);
    }

    @Test
    void aReceiverThatNeverAnswersIsGivenUpAfterTheLastAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        outbox.addChannel("钉钉群", "webhook", "http://127.0.0.1:" + closedPort + "/robot", "dingtalk", clock.instant());
        alerts.publish(new Notice("overdue:7", "督办逾期", "问题 7 已逾期。", null));
        for (int attempt = 1; attempt <= 6; attempt++) {
            dispatcher.deliverDue();
            clock.advance(Duration.ofHours(1));
        }
        OutboxRepository.OutboxEntry entry = outbox.recent(1).getFirst();
        assertThat(entry.state()).isEqualTo("failed");
        assertThat(entry.attempts()).as("maxAttempts").isEqualTo(4);
        assertThat(entry.lastError()).isNotBlank();
    }

    @Test
    void dingTalkAndPlainJsonBodiesCarryTheTextSafely() {
        String title = "高风险通话：\"引号\"公司";
        JsonNode ding = JSON.readTree(MessageFormat.webhookBody(JSON, "dingtalk", title, "第一行\n第二行", null));
        assertThat(ding.get("markdown").get("title").asString()).isEqualTo(title);
        assertThat(ding.get("markdown").get("text").asString()).contains("第一行\n第二行");
        JsonNode plain = JSON.readTree(MessageFormat.webhookBody(JSON, "json", title, "正文", "http://x/#/calls/1"));
        assertThat(plain.get("title").asString()).isEqualTo(title);
        assertThat(plain.get("url").asString()).isEqualTo("http://x/#/calls/1");
    }

    private String robotUrl() {
        return "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot";
    }
}
