package com.voiceqa.web.ui;

import com.voiceqa.asr.TestResources;
import com.voiceqa.sim.SimulateCommand;
import com.voiceqa.web.live.GatewayBridge;
import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.SimulatorDevices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user meets in the first hour (issue 12) on the demo without a speech model: a simulated badge's call
 * shows live on 实时监控 and then as a failed-but-measured call; messages are Chinese, fit the role and name no server
 * path; a vetoed call says why its score is 0 and the bars of a call add up to its score.
 */
class FirstHourBrowserTest extends DemoAppBrowserTest {

    private static final String ACCOUNT = "星河物流";

    /** A data folder of its own: the simulated call must not change what the other tests count. */
    @DynamicPropertySource
    static void ownDataFolder(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("voiceqa-first-hour");
        registry.add("voiceqa.test.data-dir", data::toString);
    }

    @Autowired
    GatewayBridge gateway;

    @Test
    void aSimulatedBadgeCallShowsLiveThenItsFailureAndItsAcousticMetrics() throws Exception {
        String secret = SimulatorDevices.secret(as("admin"));
        try (BrowserSession rep = browserAs(REP)) {
            rep.open("live");
            String notice = rep.waitFor(By.id("asr-off")).getText();
            assertThat(notice).contains("请联系管理员").doesNotContain("/").doesNotContain("--model");

            rep.waitUntil("the live stream to connect", d -> d.findElement(By.id("page")).getText().contains("实时连接") ? true : null);
            CompletableFuture<String> simulated = CompletableFuture.supplyAsync(() -> simulate(secret));
            WebElement live = rep.waitUntil("the simulated badge's call on 实时监控", d -> d.findElements(
                    By.cssSelector(".live-call")).stream().filter(e -> e.getText().contains(ACCOUNT)).findFirst().orElse(null));
            assertThat(simulated.get()).contains("verified byte-identical: 1 call(s); failed: 0");
            WebElement result = rep.waitUntil("the ended call's link", d -> live.findElements(By.linkText("查看质检结果"))
                    .stream().findFirst().orElse(null));
            rep.screenshot(ARTIFACTS, "first-hour-live-badge-call");
            String callId = result.getAttribute("href").replaceAll(".*/", "");
            rep.waitUntil("the call to be stored as failed", d -> "failed".equals(apiGet(rep, "/calls/" + callId)
                    .get("status")) ? true : null);
            rep.clickToPage(result);

            WebElement failure = rep.waitFor(By.id("call-failed"));
            assertThat(failure.getText()).contains("没有转写").contains("请联系管理员").doesNotContain("/");
            String page = rep.waitFor(By.id("page")).getText();
            assertThat(page).doesNotContain("通话处理中").doesNotContain("全部质检项通过").contains("通话时间线")
                    .doesNotContain("无法计算声学指标");
            rep.screenshot(ARTIFACTS, "first-hour-failed-call");
        }
        try (BrowserSession admin = browserAs("admin")) {
            admin.open("live");
            assertThat(admin.waitFor(By.id("asr-off")).getText()).contains("--model").doesNotContain("/root");
        }
    }

    @Test
    void uploadWithoutAModelIsRefusedInChineseWithoutAServerPath() {
        ApiClient.Response refused = as(REP).upload("/api/calls", "call.wav", new byte[]{1, 2, 3}, Map.of());
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("message").asString()).contains("语音识别未开启").doesNotContain("/");
    }

    @Test
    void aVetoedCallNamesTheVetoAndTheBarsOfACallAddUpToItsScore() {
        try (BrowserSession manager = browserAs(MANAGER)) {
            List<Map<String, Object>> calls = demoCalls(manager);
            Map<String, Object> vetoed = calls.stream().filter(c -> Boolean.TRUE.equals(c.get("vetoed"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the demo has no vetoed call"));
            manager.open("calls/" + vetoed.get("id"));
            assertThat(manager.waitFor(By.id("veto-reason")).getText()).contains("一票否决").contains("0 分");
            assertThat(manager.waitFor(By.cssSelector(".call-head")).getText()).contains("质检得分 0（一票否决）");

            Map<String, Object> scored = calls.stream().filter(c -> !Boolean.TRUE.equals(c.get("vetoed"))).findFirst()
                    .orElseThrow();
            manager.open("calls/" + scored.get("id"));
            long score = Math.round(((Number) scored.get("score")).doubleValue());
            assertThat(manager.waitFor(By.id("score-sum")).getText()).startsWith("各维度合计 " + score + " /");
            assertThat(manager.waitFor(By.cssSelector(".call-head")).getText()).contains("质检得分 " + score);
        }
    }

    @Test
    void aPhraseSearchMarksTheWholePhraseAndItsPlayLinkLandsOnIt() {
        try (BrowserSession manager = browserAs(MANAGER)) {
            demoCalls(manager);
            manager.open("search?q=" + java.net.URLEncoder.encode("不便宜", StandardCharsets.UTF_8));
            WebElement first = manager.waitFor(By.cssSelector("#search-results .moment"));
            assertThat(first.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList())
                    .as("the whole phrase is marked, never 不 alone").containsOnly("不便宜");
            manager.screenshot(ARTIFACTS, "first-hour-phrase-search");
            manager.clickToPage(first.findElement(By.className("play-link")));
            WebElement target = manager.waitFor(By.cssSelector("#transcript .utt.target"));
            assertThat(target.getText()).contains("不便宜");

            manager.open("search?q=" + java.net.URLEncoder.encode("竞品", StandardCharsets.UTF_8));
            manager.clickToPage(manager.waitFor(By.cssSelector("#category-offer a")));
            assertThat(manager.currentUrl()).contains("calls").contains("rule=competitor");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> competitor = (List<Map<String, Object>>) apiGet(manager, "/calls?rule=competitor")
                    .get("items");
            assertThat(competitor).as("the demo has calls the rules put under 竞品").isNotEmpty();

            manager.open("search?q=" + java.net.URLEncoder.encode("报价", StandardCharsets.UTF_8));
            WebElement account = manager.waitFor(By.cssSelector("#account-facets a"));
            String name = account.getText().replaceAll(" \\d+$", "");
            manager.clickToPage(account);
            manager.waitUntil("moments of that account only", d -> {
                List<WebElement> moments = d.findElements(By.cssSelector("#search-results .moment"));
                return d.getCurrentUrl().contains("account=") && !moments.isEmpty()
                        && moments.stream().allMatch(m -> m.getText().contains(name)) ? true : null;
            });
        }
    }

    private String simulate(String secret) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SimulateCommand().run(List.of("--badges", "1", "--wav",
                    TestResources.shared().resolve("test-audio/calls/call-0001.wav").toString(), "--account", ACCOUNT,
                    "--secret", secret, "--badge-port", String.valueOf(gateway.badgePort())),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
