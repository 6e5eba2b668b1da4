package com.voiceqa.web.ui;

import com.voiceqa.web.support.TestCalls;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An open complaint stays on the account in the dashboard after a calm call, until someone resolves it. */
class AccountIssuesBrowserTest extends DemoAppBrowserTest {

    @Autowired
    private TestCalls calls;

    @SuppressWarnings("unchecked")
    private static long openIssues(BrowserSession browser, long account) {
        return ((Number) ((Map<String, Object>) apiGet(browser, "/accounts/" + account).get("risk")).get("openIssues"))
                .longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOpenComplaintStaysAfterACalmCallUntilResolved() {
        try (BrowserSession admin = browserAs("admin")) {
            demoCalls(admin);
            long account = calls.newAccount();
            calls.storeAngry(account);
            Map<String, Object> issue = ((List<Map<String, Object>>) (Object) admin.script(
                    "return fetch('/api/accounts/' + arguments[0] + '/issues').then(r => r.json())", account)).stream()
                    .filter(i -> "high".equals(i.get("peakRisk"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the angry call raised no high-risk issue"));
            Object issueId = issue.get("id");
            calls.storeCalm(account);
            long openBefore = openIssues(admin, account);

            admin.open("accounts?id=" + account);
            String risk = admin.waitFor(By.cssSelector(".account-risk")).getText();
            assertThat(risk).contains("最近一通 无风险").startsWith("当前风险 高");
            By resolve = By.cssSelector("button[data-issue='" + issueId + "'][data-state='resolved']");
            By start = By.cssSelector("button[data-issue='" + issueId + "'][data-state='in_progress']");
            admin.waitFor(start);
            assertThat(admin.driver().findElement(By.cssSelector(".account-issues")).getText()).contains("未处理");
            admin.screenshot(ARTIFACTS, "admin-open-issue-after-calm-call");

            admin.driver().findElement(start).click();
            admin.waitUntil("the issue to be in progress", d -> d.findElements(start).isEmpty()
                    && !d.findElements(resolve).isEmpty());
            admin.driver().findElement(resolve).click();
            admin.waitUntil("the issue to be resolved", d -> d.findElements(resolve).isEmpty()
                    && d.findElement(By.cssSelector(".account-issues")).getText().contains("已解决"));
            assertThat(openIssues(admin, account)).isEqualTo(openBefore - 1);
            assertThat(admin.consoleErrors()).isEmpty();
            admin.screenshot(ARTIFACTS, "admin-issue-resolved");
        }
    }
}
