package com.voiceqa.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working pages beyond looking: the appeal workflow (a rep appeals a deduction on their own call, the manager
 * finds it in the review queue and accepts it, the score follows) and the rules editor (syntax errors located,
 * server validation, dry run of a draft on a chosen call).
 */
class ReviewAndRulesBrowserTest extends DemoAppBrowserTest {

    @Test
    void repAppealsADeductionAndTheManagerAcceptsItFromTheQueue() {
        String callId;
        long hitId;
        double scoreBefore;
        try (BrowserSession rep = browserAs(REP)) {
            Map<String, Object> call = demoCalls(rep).stream()
                    .map(c -> apiGet(rep, "/calls/" + c.get("id")))
                    .filter(c -> appealable(c) != null).findFirst()
                    .orElseThrow(() -> new AssertionError("the rep has no call with a deduction to appeal"));
            callId = (String) call.get("id");
            hitId = ((Number) appealable(call).get("id")).longValue();
            scoreBefore = ((Number) call.get("score")).doubleValue();

            rep.open("calls/" + callId);
            WebElement card = rep.waitFor(By.cssSelector(".hit[data-hit='" + hitId + "']"));
            clickButton(card, "提出申诉");
            card.findElement(By.tagName("input")).sendKeys("客户说的是去年的情况，不是这次承诺");
            clickButton(card, "确定提出申诉");
            String appealed = hitText(rep, hitId, "申诉中");
            assertThat(appealed).contains("客户说的是去年的情况");
        }
        try (BrowserSession manager = browserAs(MANAGER)) {
            manager.open("reviews?state=appealed");
            WebElement card = manager.waitFor(By.cssSelector(".hit[data-hit='" + hitId + "']"));
            assertThat(card.getText()).contains("申诉理由");
            clickButton(card, "接受申诉");
            clickButton(card, "确定接受申诉");
            manager.waitUntil("the decided appeal to leave the queue", d -> d.findElements(
                    By.cssSelector(".hit[data-hit='" + hitId + "']")).isEmpty());
            double scoreAfter = ((Number) apiGet(manager, "/calls/" + callId).get("score")).doubleValue();
            assertThat(scoreAfter).as("an accepted appeal gives the deduction back").isGreaterThan(scoreBefore);

            manager.open("calls/" + callId);
            hitText(manager, hitId, "申诉成立");
            assertThat(manager.waitFor(By.cssSelector(".call-head")).getText()).contains("质检得分 " + Math.round(scoreAfter));
            assertThat(manager.waitFor(By.id("score-sum")).getText()).as("the bars follow the accepted appeal")
                    .startsWith("各维度合计 " + Math.round(scoreAfter) + " /");
            manager.screenshot(ARTIFACTS, "manager-appeal-accepted");
        }
    }

    @Test
    void rulesEditorLocatesSyntaxErrorsValidatesAndDryRunsADraft() {
        try (BrowserSession manager = browserAs(MANAGER)) {
            demoCalls(manager);
            manager.open("rules");
            WebElement editor = manager.waitFor(By.id("rule-json"));
            String pack = editor.getDomProperty("value");

            clickButton(manager.driver().findElement(By.cssSelector(".toolbar")), "校验");
            assertThat(manager.waitFor(By.cssSelector("#rule-output .notice")).getText()).contains("校验通过");

            manager.script("document.getElementById('rule-json').value = arguments[0]", pack.replaceFirst("\\{", "{\n  oops"));
            clickButton(manager.driver().findElement(By.cssSelector(".toolbar")), "校验");
            assertThat(manager.waitFor(By.cssSelector("#rule-output .error")).getText()).contains("JSON 格式错误").contains("第 2 行");

            manager.script("document.getElementById('rule-json').value = arguments[0]", pack);
            clickButton(manager.driver().findElement(By.cssSelector(".toolbar")), "试运行");
            manager.waitUntil("the dry run's result", d -> !d.findElements(By.cssSelector("#rule-output table.grid")).isEmpty());
            assertThat(manager.driver().findElement(By.id("rule-output")).getText()).contains("试运行 call-").contains("流失风险");
            Long rules = manager.script("return fetch('/api/rules').then(r => r.json()).then(p => p[0].ruleCount)");
            assertThat(manager.driver().findElements(By.cssSelector("#rule-output tbody tr")))
                    .as("the dry run explains every rule of the pack").hasSize(rules.intValue());
            manager.screenshot(ARTIFACTS, "manager-rules-dry-run");
        }
    }

    /** A hit of the call's own rep that deducts points and has no appeal yet. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> appealable(Map<String, Object> call) {
        return ((List<Map<String, Object>>) call.get("hits")).stream()
                .filter(h -> ((Number) h.get("points")).doubleValue() < 0 && !Boolean.TRUE.equals(h.get("missing"))
                        && h.get("appeal") == null && h.get("review") == null && !Boolean.TRUE.equals(h.get("veto")))
                .findFirst().orElse(null);
    }

    /** Waits until the hit's card (redrawn after an action) shows the expected state, and returns its text. */
    private static String hitText(BrowserSession browser, long hitId, String expected) {
        By card = By.cssSelector(".hit[data-hit='" + hitId + "']");
        return browser.waitUntil("hit " + hitId + " to show " + expected, d -> d.findElements(card).stream()
                .map(WebElement::getText).filter(t -> t.contains(expected)).findFirst().orElse(null));
    }

    private static WebElement findButton(WebElement scope, String label) {
        return scope.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in: " + scope.getText()));
    }

    private static void clickButton(WebElement scope, String label) {
        findButton(scope, label).click();
    }
}
