package com.voiceqa.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Account outcomes in the dashboard: a manager records a loss on the accounts page and the churn rate follows. */
class RetentionBrowserTest extends DemoAppBrowserTest {

    @Test
    void aManagerMarksAnAccountLostAndSeesTheChurnRateChange() {
        try (BrowserSession manager = browserAs(MANAGER)) {
            demoCalls(manager);
            manager.open("retention");
            String churnBefore = metric(manager, "churn");
            long lostBefore = Long.parseLong(metric(manager, "lost"));
            Map<String, Object> account = customerAccount(manager);

            manager.open("accounts?id=" + account.get("id"));
            WebElement form = manager.waitFor(By.cssSelector(".account-status-form"));
            new Select(form.findElement(By.name("status"))).selectByValue("lost");
            new Select(form.findElement(By.name("reason"))).selectByValue("competitor");
            form.findElement(By.name("note")).sendKeys("客户改用竞品报价");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            manager.waitUntil("the account to show 已流失", d -> d.findElement(By.cssSelector(".account-status"))
                    .getText().contains("客户状态 已流失"));
            assertThat(manager.driver().findElement(By.cssSelector(".account-status table")).getText())
                    .contains("竞品").contains("客户改用竞品报价").contains("王经理");
            manager.screenshot(ARTIFACTS, "manager-account-lost");

            manager.open("retention");
            assertThat(Long.parseLong(metric(manager, "lost"))).isEqualTo(lostBefore + 1);
            assertThat(metric(manager, "churn")).isNotEqualTo(churnBefore);
            assertThat(manager.driver().findElement(By.cssSelector("#page .view")).getText()).contains((String) account.get("name"));
            manager.screenshot(ARTIFACTS, "manager-retention");

            manager.open("");
            assertThat(metric(manager, "churn")).as("the overview shows the same churn rate")
                    .isEqualTo(metricAfterRetention(manager));
            assertThat(manager.consoleErrors()).isEmpty();
        }
    }

    /** The overview's churn tile must match the retention page's 30-day figure. */
    private static String metricAfterRetention(BrowserSession browser) {
        Map<String, Object> figures = apiGet(browser, "/retention");
        return String.format("%.1f%%", ((Number) figures.get("churn_rate")).doubleValue() * 100);
    }

    private static String metric(BrowserSession browser, String name) {
        return browser.waitFor(By.cssSelector(".stat[data-metric='" + name + "'] .stat-value")).getText();
    }

    /**
     * An account the manager sees that is active or at risk: one lost and won back within the period would count as
     * lost already, so marking it lost again would rightly not change the rate.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> customerAccount(BrowserSession browser) {
        List<Map<String, Object>> accounts = (List<Map<String, Object>>) apiGet(browser, "/accounts?size=200").get("items");
        return accounts.stream()
                .filter(a -> List.of("active", "at_risk").contains(apiGet(browser, "/accounts/" + a.get("id") + "/status").get("status")))
                .findFirst().orElseThrow(() -> new AssertionError("no demo account is active or at risk any more"));
    }
}
