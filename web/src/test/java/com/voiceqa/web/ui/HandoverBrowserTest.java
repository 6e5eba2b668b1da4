package com.voiceqa.web.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A disabled rep's accounts appear on the handover page and a manager reassigns them there in bulk. */
class HandoverBrowserTest extends DemoAppBrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void aManagerReassignsADisabledRepsAccounts() {
        long team = as("manager").get("/api/me").json().get("team").get("id").asLong();
        String username = "gone" + System.nanoTime() % 1_000_000_000L;
        long leaving = as("admin").post("/api/users", Map.of("username", username, "displayName", "已离职",
                "role", "rep", "teamId", team)).json().get("user").get("id").asLong();
        long account = as("manager").get("/api/accounts?size=200&sort=name").json().get("items").valueStream()
                .filter(a -> a.path("owner").path("name").asString("").equals("赵磊")).findFirst().orElseThrow()
                .get("id").asLong();
        assertThat(as("manager").post("/api/accounts/reassign", Map.of("accountIds", List.of(account), "ownerId", leaving))
                .status()).isEqualTo(200);
        assertThat(as("admin").patch("/api/users/" + leaving, Map.of("enabled", false)).status()).isEqualTo(200);

        try (BrowserSession manager = browserAs(MANAGER)) {
            demoCalls(manager);
            manager.open("handover");
            WebElement page = manager.waitFor(By.cssSelector("#page .view"));
            assertThat(page.getText()).contains("已离职");
            List<WebElement> boxes = manager.driver().findElements(By.cssSelector("input[name=account]"));
            assertThat(boxes).isNotEmpty();
            assertThat(boxes.stream().map(b -> b.getDomProperty("value"))).contains(String.valueOf(account));
            WebElement form = manager.driver().findElement(By.cssSelector(".handover-form"));
            new Select(form.findElement(By.name("owner"))).selectByVisibleText("赵磊");
            form.findElement(By.name("note")).sendKeys("离职交接");
            manager.screenshot(ARTIFACTS, "manager-handover");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            manager.waitUntil("the handover to be confirmed", d -> d.findElement(By.cssSelector("#page .view")).getText()
                    .contains("已转交"));
            assertThat(manager.driver().findElement(By.cssSelector("#page .view")).getText()).contains("没有待交接的客户");
            Map<String, Object> after = apiGet(manager, "/accounts/" + account);
            assertThat(((Map<String, Object>) after.get("owner")).get("name")).isEqualTo("赵磊");
            List<Map<String, Object>> owners = (List<Map<String, Object>>) (Object) manager.script(
                    "return fetch('/api/accounts/' + arguments[0] + '/owners').then(r => r.json())", account);
            assertThat(owners.getLast().get("note")).isEqualTo("离职交接");
            assertThat(manager.consoleErrors()).isEmpty();
        }
    }
}
