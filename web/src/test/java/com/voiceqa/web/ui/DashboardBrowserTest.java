package com.voiceqa.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser scenario, in headless Chromium against the running product: a manager opens a call and sees
 * a churn signal highlighted in the transcript, searches a phrase and lands on that moment of the audio, the audio
 * seeks; a rep cannot open another rep's call. Screenshots of each step go to target/screenshots.
 */
class DashboardBrowserTest extends DemoAppBrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void managerSeesHighlightedChurnSignalSearchesItAndLandsOnTheAudio() {
        try (BrowserSession browser = browserAs(MANAGER)) {
            Map<String, Object> call = firstWith(browser, demoCalls(browser), true);
            String callId = (String) call.get("id");
            Map<String, Object> signal = churnEvidence(apiGet(browser, "/calls/" + callId));
            String evidence = (String) signal.get("text");

            browser.open("calls?risk=high");
            browser.clickToPage(browser.waitFor(By.cssSelector("table.grid tbody tr.clickable")));
            assertThat(browser.currentUrl()).as("a row of the calls list opens its call").contains("#/calls/call-");

            browser.open("calls/" + callId);
            List<WebElement> marks = browser.driver().findElements(By.cssSelector("#transcript mark.hl-churn"));
            assertThat(marks).as("churn evidence is highlighted in the transcript").isNotEmpty();
            assertThat(marks).extracting(WebElement::getText).anySatisfy(t -> assertThat(evidence).contains(t));
            assertThat(marks.getFirst().getCssValue("background-color")).as("the highlight is visible")
                    .isNotIn("rgba(0, 0, 0, 0)", "transparent");
            assertThat(browser.driver().findElements(By.cssSelector(".hit-churn"))).as("churn signals are listed").isNotEmpty();
            browser.screenshot(ARTIFACTS, "manager-call-detail");

            browser.open("search");
            WebElement box = browser.waitFor(By.cssSelector("input[type=search]"));
            box.sendKeys("\"" + evidence + "\"");
            browser.clickToPage(browser.driver().findElement(By.cssSelector("form.search-box button[type=submit]")));
            WebElement hit = browser.waitUntil("a search result holding \"" + evidence + "\"", d -> d.findElements(By.cssSelector("#search-results .moment")).stream()
                    .filter(m -> m.getText().contains(evidence)).findFirst().orElse(null));
            assertThat(hit.findElements(By.tagName("mark"))).as("the match is marked in the result").isNotEmpty();
            browser.screenshot(ARTIFACTS, "manager-search");

            browser.clickToPage(hit.findElement(By.cssSelector("a.play-link")));
            assertThat(browser.currentUrl()).contains("#/calls/" + callId).contains("t=");
            WebElement target = browser.waitFor(By.cssSelector("#transcript .utt.target"));
            assertThat(target.getText()).as("the search result lands on its sentence").contains(evidence);
            double start = ((Number) signal.get("startSeconds")).doubleValue();
            waitForMediaReady(browser);
            browser.waitUntil("the audio to be at the search result's second " + start, d -> Math.abs(currentTime(browser) - start) < 0.6);
            browser.screenshot(ARTIFACTS, "manager-search-landed");
        }
    }

    @Test
    void audioSeeksPlaysAndTheTranscriptFollows() {
        try (BrowserSession browser = browserAs(MANAGER)) {
            Map<String, Object> call = firstWith(browser, demoCalls(browser), true);
            browser.open("calls/" + call.get("id"));
            waitForMediaReady(browser);
            double duration = browser.<Number>script("return document.getElementById('call-audio').duration").doubleValue();
            assertThat(duration).isGreaterThan(10);
            Boolean seekable = browser.script("const a = document.getElementById('call-audio');"
                    + " return a.seekable.length > 0 && a.seekable.end(0) >= a.duration - 0.5;");
            assertThat(seekable).as("the server answers Range requests, so the whole recording is seekable").isTrue();

            double target = Math.floor(duration * 0.6);
            browser.script("document.getElementById('call-audio').currentTime = arguments[0];", target);
            browser.waitUntil("the audio to seek to " + target, d -> Math.abs(currentTime(browser) - target) < 0.3
                    && !browser.<Boolean>script("return document.getElementById('call-audio').seeking"));
            WebElement current = browser.waitFor(By.cssSelector("#transcript .utt.current"));
            assertThat(Double.parseDouble(current.getDomAttribute("data-start"))).as("the current sentence follows the audio")
                    .isLessThanOrEqualTo(target);

            List<WebElement> sentences = browser.driver().findElements(By.cssSelector("#transcript .utt"));
            WebElement third = sentences.get(2);
            double thirdStart = Double.parseDouble(third.getDomAttribute("data-start"));
            third.click();
            browser.waitUntil("a click on a sentence to seek to its start " + thirdStart, d -> Math.abs(currentTime(browser) - thirdStart) < 0.6);
            browser.waitUntil("the clicked sentence to be marked current", d -> third.getDomAttribute("class").contains("current"));

            WebElement fourth = sentences.get(3);
            double fourthStart = Double.parseDouble(fourth.getDomAttribute("data-start"));
            browser.script("const a = document.getElementById('call-audio'); a.currentTime = arguments[0]; a.play();",
                    fourthStart - 1.0);
            browser.waitUntil("playback to carry the current-sentence mark to the next sentence",
                    d -> currentTime(browser) > fourthStart + 0.2 && fourth.getDomAttribute("class").contains("current"));
            browser.script("document.getElementById('call-audio').pause()");
            browser.screenshot(ARTIFACTS, "manager-seek");
        }
    }

    @Test
    void repCannotOpenAnotherRepsCall() {
        String othersCall;
        try (BrowserSession manager = browserAs(MANAGER)) {
            othersCall = demoCalls(manager).stream()
                    .filter(c -> !REP.equals(repUsername(manager, c)))
                    .map(c -> (String) c.get("id")).findFirst().orElseThrow();
        }
        try (BrowserSession rep = browserAs(REP)) {
            rep.open("calls/" + othersCall);
            WebElement error = rep.waitFor(By.cssSelector("#page .error"));
            assertThat(error.getText()).contains(othersCall).contains("没有权限");
            assertThat(rep.driver().findElements(By.cssSelector("#transcript"))).as("no transcript is shown").isEmpty();
            Long status = rep.script("return fetch('/api/calls/' + arguments[0]).then(r => r.status)", othersCall);
            assertThat(status).as("the API refuses it too (404: ids of other reps' calls do not leak)").isEqualTo(404L);
            Long audio = rep.script("return fetch('/api/calls/' + arguments[0] + '/audio').then(r => r.status)", othersCall);
            assertThat(audio).isEqualTo(404L);
            rep.screenshot(ARTIFACTS, "rep-forbidden-call");
        }
    }

    private static String repUsername(BrowserSession browser, Map<String, Object> call) {
        @SuppressWarnings("unchecked")
        Map<String, Object> rep = (Map<String, Object>) call.get("rep");
        List<Map<String, Object>> users = browser.script("return fetch('/api/users').then(r => r.json())");
        return users.stream().filter(u -> u.get("id").equals(rep.get("id"))).map(u -> (String) u.get("username"))
                .findFirst().orElse("");
    }

    /** The first call with audio and a churn signal whose evidence lies in the transcript. */
    private static Map<String, Object> firstWith(BrowserSession browser, List<Map<String, Object>> calls, boolean audio) {
        return calls.stream()
                .filter(c -> Boolean.valueOf(audio).equals(c.get("hasAudio")))
                .filter(c -> List.of("medium", "high").contains(c.get("churnRisk")))
                .filter(c -> churnEvidence(apiGet(browser, "/calls/" + c.get("id"))) != null)
                .findFirst().orElseThrow(() -> new AssertionError("the demo has no call with audio and a churn signal"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> churnEvidence(Map<String, Object> detail) {
        for (Map<String, Object> hit : (List<Map<String, Object>>) detail.get("hits")) {
            if ("churn".equals(hit.get("kind"))) {
                for (Map<String, Object> ev : (List<Map<String, Object>>) hit.get("evidence")) {
                    if (((Number) ev.get("utterance")).intValue() >= 0 && ((String) ev.get("text")).length() >= 4) {
                        return ev;
                    }
                }
            }
        }
        return null;
    }

    private static void waitForMediaReady(BrowserSession browser) {
        browser.waitUntil("the call's audio to load its metadata", d -> browser.<Boolean>script(
                "const a = document.getElementById('call-audio'); return !!a && a.readyState >= 1 && a.duration > 0;"));
    }

    private static double currentTime(BrowserSession browser) {
        return browser.<Number>script("return document.getElementById('call-audio').currentTime").doubleValue();
    }
}
