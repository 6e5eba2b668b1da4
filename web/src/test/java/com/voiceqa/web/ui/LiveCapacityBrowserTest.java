package com.voiceqa.web.ui;

import com.voiceqa.asr.TestResources;
import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.LiveProductTest;
import com.voiceqa.web.support.SimulatorDevices;
import com.voiceqa.web.support.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 实时监控's capacity panel against the real product with the real decoder: while the device simulator streams a phone
 * call in real time, the panel shows one live call and decoder cores in use; after the call it shows none, and the
 * capacity it shows is the engine's own figure from {@code GET /api/live/status}.
 */
class LiveCapacityBrowserTest extends LiveProductTest {

    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Pattern CHANNELS = Pattern.compile("(\\d+) / (\\d+) 路");

    @Test
    void capacityPanelShowsTheEnginesLiveFigures(@TempDir Path tmp) throws Exception {
        BrowserSession.requireInstalled();
        ApiClient admin = ApiClient.basic(port, "admin", PASSWORD);
        String secret = SimulatorDevices.secret(admin);
        Path digits = TestResources.shared().resolve("test-audio/real-en/digits-16k.wav");
        // about 50 s of real speech: longer than a wait, so a timeout's report shows the engine during the call
        Path call = Speech.join(tmp, "call", 0.5, digits, digits, digits, digits, digits, digits);

        // Its own thread: the common pool (one thread on 2 cores) may be busy with the product's own work.
        CompletableFuture<String> streamed = new CompletableFuture<>();
        Thread phone = Thread.ofPlatform().name("simulated-phone").unstarted(() -> {
            try {
                streamed.complete(simulate("--phones", call, secret));
            } catch (Exception | AssertionError e) {
                streamed.completeExceptionally(e);
            }
        });
        try (BrowserSession browser = new BrowserSession("http://localhost:" + port).login("manager", PASSWORD)) {
            browser.open("live");
            browser.waitFor(By.cssSelector("#live-capacity [data-capacity=liveSessions]"));
            assertThat(value(browser, "liveSessions")).as("no call yet").isEqualTo("0");

            phone.start();
            await(browser, admin, "the panel to show the streaming call and the decoder's cores in use", () -> {
                if (streamed.isCompletedExceptionally()) {
                    streamed.join(); // the simulator's failure, not a timeout
                }
                return value(browser, "liveSessions").equals("1") && cores(browser) > 0;
            });
            Matcher during = channels(browser);
            assertThat(Integer.parseInt(during.group(1))).as("one mono call decodes one channel").isEqualTo(1);
            assertThat(Integer.parseInt(during.group(2))).as("measured capacity").isPositive();

            assertThat(streamed.get(2, TimeUnit.MINUTES)).contains("verified byte-identical: 1 call(s); failed: 0");
            await(browser, admin, "the panel to show the call ended",
                    () -> value(browser, "liveSessions").equals("0") && channels(browser).group(1).equals("0"));
            await(browser, admin, "the panel's capacity to be the engine's (GET /api/live/status)",
                    () -> channels(browser).group(2).equals(Integer.toString(channelCapacity(admin))));
            assertThat(value(browser, "queuedRecordings")).isEqualTo("0");
            assertThat(value(browser, "catchingUp")).as("no queued call catching up").isEqualTo("0");
            assertThat(browser.consoleErrors()).isEmpty();
        } finally {
            phone.join(); // the product is shared with other tests: leave it without a call in progress
        }
    }

    /**
     * Waits up to {@link #PATIENCE} (the panel refreshes every 2 s; a loaded machine delays the call's start); a
     * timeout reports what the panel and the API showed.
     */
    private static void await(BrowserSession browser, ApiClient admin, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), PATIENCE).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            String panel = browser.driver().findElement(By.id("live-capacity")).getText().replace('\n', ' ');
            throw new AssertionError("timed out waiting for " + what + "; the panel shows: " + panel
                    + "; GET /api/live/status: " + admin.get("/api/live/status").json().get("capacity")
                    + "; browser console: " + browser.consoleErrors(), e);
        }
    }

    private static int channelCapacity(ApiClient admin) {
        JsonNode capacity = admin.get("/api/live/status").json().get("capacity");
        return capacity.get("channelCapacity").asInt();
    }

    private static String value(BrowserSession browser, String figure) {
        WebElement tile = browser.driver().findElement(
                By.cssSelector("#live-capacity [data-capacity=" + figure + "] .stat-value"));
        return tile.getText().trim();
    }

    private static double cores(BrowserSession browser) {
        return Double.parseDouble(value(browser, "coresUsed").replace("核", "").trim());
    }

    private static Matcher channels(BrowserSession browser) {
        Matcher m = CHANNELS.matcher(value(browser, "channels"));
        assertThat(m.matches()).as("channels tile reads 'used / capacity 路'").isTrue();
        return m;
    }
}
