package com.voiceqa.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every dashboard page, as a manager, against the demo product: it renders its content (no error box, no
 * browser-console error) and is captured as a screenshot. The screenshots go to target/screenshots/pages, or to
 * {@code -Dvoiceqa.screenshots.dir=...}: docs/frontend.md refreshes docs/screenshots that way.
 */
class DashboardPagesBrowserTest extends DemoAppBrowserTest {

    /** Route, screenshot name, and an element that proves the page drew its content. */
    private record Page(String route, String name, String content) {
    }

    @Test
    void everyPageRendersWithoutErrors() throws Exception {
        Path dir = BrowserSession.pageScreenshots();
        try (BrowserSession browser = new BrowserSession(baseUrl())) {
            browser.driver().get(baseUrl() + "/login.html");
            browser.waitFor(By.name("username"));
            browser.screenshot(dir, "01-login");
        }
        try (BrowserSession browser = browserAs(MANAGER)) {
            List<Map<String, Object>> calls = demoCalls(browser);
            String call = calls.stream().filter(c -> Boolean.TRUE.equals(c.get("hasAudio")) && "high".equals(c.get("churnRisk")))
                    .map(c -> (String) c.get("id")).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> rep = (Map<String, Object>) calls.getFirst().get("rep");
            List<Page> pages = List.of(
                    new Page("", "02-overview", "canvas"),
                    new Page("calls", "03-calls", "table.grid tbody tr"),
                    new Page("calls/" + call, "04-call-detail", "#transcript mark.hl-churn"),
                    new Page("search?q=" + java.net.URLEncoder.encode("价格", java.nio.charset.StandardCharsets.UTF_8),
                            "05-search", "#search-results"),
                    new Page("reps", "06-reps", "table.grid tbody tr"),
                    new Page("reps/" + rep.get("id"), "07-rep-coaching", "canvas"),
                    new Page("accounts", "08-accounts", "table.grid tbody tr"),
                    new Page("rules", "09-rules", "#rule-json"),
                    new Page("live", "10-live", "#live-calls"),
                    new Page("reviews", "11-reviews", ".tabs"));
            List<String> problems = new ArrayList<>();
            browser.consoleErrors();
            for (Page page : pages) {
                browser.open(page.route());
                try {
                    browser.waitFor(By.cssSelector("#page " + page.content()));
                } catch (TimeoutException e) {
                    problems.add(page.route() + ": its content (" + page.content() + ") did not appear");
                }
                Thread.sleep(400); // let ECharts finish its first frame before the screenshot
                browser.driver().findElements(By.cssSelector("#page .error"))
                        .forEach(e -> problems.add(page.route() + ": error box: " + e.getText()));
                browser.consoleErrors().forEach(e -> problems.add(page.route() + ": console: " + e));
                Path png = browser.screenshot(dir, page.name());
                if (Files.size(png) >= 1_000_000) {
                    problems.add(png + " is " + Files.size(png) + " bytes; screenshots must stay well under 1 MB");
                }
            }
            assertThat(problems).as("pages render without errors").isEmpty();
        }
    }
}
