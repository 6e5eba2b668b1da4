package com.voiceqa.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager corrects who said what on the call page, the way a badge call's reviewer would: swaps the whole call, then
 * fixes single sentences. Each correction re-scores the call and the page redraws with the new roles and score. The
 * call is left as it was found (the server is shared by the test classes).
 */
class RoleCorrectionBrowserTest extends DemoAppBrowserTest {

    @Test
    void swapAndSentenceFixesRedrawTheTranscriptAndTheScore() {
        try (BrowserSession manager = browserAs(MANAGER)) {
            String callId = (String) demoCalls(manager).get(1).get("id");
            List<String> original = speakers(apiGet(manager, "/calls/" + callId));
            manager.open("calls/" + callId);
            manager.waitFor(By.cssSelector("#transcript .utt"));

            manager.driver().findElement(By.id("swap-roles")).click();
            awaitFirstRow(manager, opposite(original.getFirst()));
            Map<String, Object> swapped = apiGet(manager, "/calls/" + callId);
            assertThat(speakers(swapped)).as("every sentence changed speaker")
                    .isEqualTo(original.stream().map(RoleCorrectionBrowserTest::opposite).toList());
            assertThat(manager.waitFor(By.cssSelector(".call-head")).getText())
                    .as("the page shows the re-scored call").contains("质检得分 " + Math.round(score(swapped)));
            manager.screenshot(ARTIFACTS, "manager-roles-swapped");

            fixFirstSentence(manager);
            awaitFirstRow(manager, original.getFirst());
            List<String> fixed = speakers(apiGet(manager, "/calls/" + callId));
            assertThat(fixed.getFirst()).as("the fixed sentence is back").isEqualTo(original.getFirst());
            assertThat(fixed.subList(1, fixed.size())).as("the other sentences keep the swap")
                    .isEqualTo(speakers(swapped).subList(1, fixed.size()));

            manager.driver().findElement(By.id("swap-roles")).click();
            awaitFirstRow(manager, opposite(original.getFirst()));
            fixFirstSentence(manager);
            awaitFirstRow(manager, original.getFirst());
            assertThat(speakers(apiGet(manager, "/calls/" + callId))).as("two swaps and two fixes restore the call")
                    .isEqualTo(original);
        }
    }

    /** The per-sentence fix shows when the pointer is over the sentence, as a reviewer reaches it. */
    private static void fixFirstSentence(BrowserSession browser) {
        WebElement row = browser.waitFor(By.cssSelector("#transcript .utt"));
        new Actions(browser.driver()).moveToElement(row).perform();
        row.findElement(By.cssSelector(".utt-fix")).click();
    }

    /** The page redraws after a correction; waits until the first sentence is shown as {@code role}'s. */
    private static void awaitFirstRow(BrowserSession browser, String role) {
        browser.waitUntil("the first sentence to be shown as " + role + "'s", d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#transcript .utt"));
            return !rows.isEmpty() && rows.getFirst().getDomAttribute("class").contains("utt-" + role) ? rows : null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> speakers(Map<String, Object> call) {
        return ((List<Map<String, Object>>) call.get("segments")).stream().map(s -> (String) s.get("speaker")).toList();
    }

    private static double score(Map<String, Object> call) {
        return ((Number) call.get("score")).doubleValue();
    }

    private static String opposite(String role) {
        return role.equals("rep") ? "customer" : "rep";
    }
}
