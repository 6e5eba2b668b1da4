package com.voiceqa.web.ui;

import com.voiceqa.web.accounts.AccountRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 系统管理 page in a real browser, as an admin: a team, a rep in it (whose name is markup, shown as text), a badge
 * registered for the rep with its secret shown once, an account handed to the rep, the rep disabled. Every change is
 * checked through the API afterwards, and a rep or manager has no such page.
 */
class AdminBrowserTest extends DemoAppBrowserTest {

    @Autowired
    AccountRepository accounts;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminManagesTeamsUsersDevicesAndAccountOwners() {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String team = "西区" + n;
        String username = "newrep" + n;
        String markup = "<img src=x onerror=__xss=1>王" + n;
        String device = "badge-admin-" + n;
        String account = "A管理测试-" + n;
        long accountId = accounts.ensure(account, null);

        try (BrowserSession admin = browserAs("admin")) {
            admin.open("admin");
            admin.waitUntil("the admin page", d -> d.findElement(By.cssSelector("#page .view")).getText().contains("系统管理"));

            submit(admin, "team", Map.of("name", team));
            awaitNotice(admin, "已新建团队 " + team);

            WebElement userForm = form(admin, "user");
            userForm.findElement(By.name("username")).sendKeys(username);
            userForm.findElement(By.name("displayName")).sendKeys(markup);
            new Select(userForm.findElement(By.name("teamId"))).selectByVisibleText(team);
            userForm.findElement(By.name("password")).sendKeys("west-pass-2026");
            userForm.findElement(By.cssSelector("button[type=submit]")).click();
            awaitNotice(admin, "已新建用户 " + username);
            assertThat(text(admin)).contains(markup);
            long userId = ((List<Map<String, Object>>) (Object) admin.script(
                    "return fetch('/api/users').then(r => r.json())")).stream()
                    .filter(u -> u.get("username").equals(username)).findFirst().map(u -> ((Number) u.get("id")).longValue())
                    .orElseThrow();

            WebElement deviceForm = form(admin, "device");
            deviceForm.findElement(By.name("deviceId")).sendKeys(device);
            new Select(deviceForm.findElement(By.name("repId"))).selectByValue(Long.toString(userId));
            deviceForm.findElement(By.cssSelector("button[type=submit]")).click();
            awaitNotice(admin, "设备 " + device + " 的密钥：");
            assertThat(text(admin)).contains(device);

            WebElement accountRow = admin.driver().findElement(By.xpath("//tr[td[text()='" + account + "']]"));
            new Select(accountRow.findElement(By.name("owner"))).selectByValue(Long.toString(userId));
            awaitNotice(admin, account + " 已转交给 " + markup);

            admin.driver().findElement(By.xpath("//tr[td[text()='" + username + "']]//button[text()='停用']")).click();
            awaitNotice(admin, markup + " 已停用");
            admin.screenshot(ARTIFACTS, "admin-page");

            assertThat((Object) admin.script("return window.__xss ?? null")).as("markup stays text").isNull();
            assertThat(admin.driver().findElements(By.cssSelector("#page img[src=x]"))).isEmpty();
            assertThat(admin.consoleErrors()).isEmpty();
        }

        Map<String, Object> user = as("admin").get("/api/users").json().valueStream()
                .filter(u -> u.get("username").asString().equals(username)).findFirst()
                .map(u -> Map.<String, Object>of("enabled", u.get("enabled").asBoolean(),
                        "team", u.get("team").get("name").asString(), "name", u.get("displayName").asString()))
                .orElseThrow();
        assertThat(user).isEqualTo(Map.of("enabled", false, "team", team, "name", markup));
        assertThat(as("admin").get("/api/devices").json().valueStream()
                .filter(d -> d.get("deviceId").asString().equals(device)).findFirst().orElseThrow()
                .get("rep").get("name").asString()).isEqualTo(markup);
        assertThat(as("admin").get("/api/accounts/" + accountId).json().get("owner").get("name").asString())
                .isEqualTo(markup);

        try (BrowserSession manager = browserAs(MANAGER)) {
            manager.open("");
            manager.waitFor(By.cssSelector("#sidebar nav a"));
            assertThat(manager.driver().findElement(By.id("sidebar")).getText()).doesNotContain("系统管理");
        }
    }

    private static WebElement form(BrowserSession browser, String name) {
        return browser.waitFor(By.cssSelector("form[data-form=" + name + "]"));
    }

    private static void submit(BrowserSession browser, String name, Map<String, String> values) {
        WebElement form = form(browser, name);
        values.forEach((field, value) -> form.findElement(By.name(field)).sendKeys(value));
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static void awaitNotice(BrowserSession browser, String text) {
        browser.waitUntil("the notice '" + text + "'", d -> d.findElements(By.cssSelector(".admin-notice")).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    private static String text(BrowserSession browser) {
        return browser.driver().findElement(By.cssSelector("#page .view")).getText();
    }
}
