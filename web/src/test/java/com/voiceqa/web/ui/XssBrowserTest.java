package com.voiceqa.web.ui;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.NewCall;
import com.voiceqa.web.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * H2: every string a device or a user controls is planted with a script payload (team, rep, manager, account, device
 * and pack names, rule and dimension names, transcript text, review, appeal and rule-version comments; speaker roles
 * are refused at the upload), then a manager opens every page and every chart tooltip. Nothing may run (the payloads would record
 * themselves in {@code window.__xss}), no planted element may exist, the policy must not have had to block anything
 * (a blocked inline handler means markup got in), and the text must be shown literally.
 */
class XssBrowserTest extends DemoAppBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TAG = "xss" + System.nanoTime() % 100_000;

    @Autowired
    CallStore store;
    @Autowired
    CallIngest ingest;
    @Autowired
    AccountRepository accounts;

    /** Markup that, if parsed as HTML, records where it came from; shown as text, it reads literally. */
    private static String payload(String where) {
        return "<img src=x onerror=__xss='" + where + "'><svg onload=__xss='" + where + "'>" + where + TAG;
    }

    @Test
    void plantedMarkupIsShownAsTextEverywhereAndNeverRuns() throws Exception {
        ApiClient admin = as("admin");
        ApiClient.Response createdTeam = admin.post("/api/teams", Map.of("name", payload("team")));
        assertEquals(201, createdTeam.status(), createdTeam.toString());
        long team = createdTeam.json().get("id").asLong();
        long rep = createUser(admin, "rep", team, "rep");
        createUser(admin, "manager", team, "manager");
        ApiClient.Response device = admin.post("/api/devices", Map.of("deviceId", TAG + "-badge", "name", payload("device"),
                "repId", rep));
        assertEquals(201, device.status(), device.toString());

        ApiClient.Response roleUpload = ApiClient.basic(port, TAG + "rep", PASSWORD).upload("/api/calls", "call.wav",
                new byte[64], Map.of("channels", payload("role")));
        assertThat(roleUpload.status()).as("a speaker role is rep, customer or mixed: " + roleUpload).isBetween(400, 499);

        JsonNode original = admin.get("/api/rules/quality-inspection").json().get("pack");
        try {
            ApiClient.Response saved = admin.put("/api/rules/quality-inspection",
                    Map.of("pack", hostilePack(original), "comment", payload("comment")));
            assertEquals(200, saved.status(), saved.toString());
            String call = plantCall(rep, team);
            reviewAndAppeal(call);
            try (BrowserSession browser = browserAs(TAG + "manager")) {
                checkPages(browser, call, rep);
            }
        } finally {
            admin.put("/api/rules/quality-inspection", Map.of("pack", original, "comment", "restore after the XSS test"));
        }
    }

    private long createUser(ApiClient admin, String role, long team, String what) {
        ApiClient.Response created = admin.post("/api/users", Map.of("username", TAG + role, "displayName", payload(what),
                "role", role, "teamId", team, "password", PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return created.json().get("user").get("id").asLong();
    }

    /** The quality pack with a hostile name, dimension and rule that finds "保证赚钱". */
    private static JsonNode hostilePack(JsonNode original) {
        ObjectNode pack = (ObjectNode) original.deepCopy();
        pack.put("name", payload("pack"));
        ((ObjectNode) pack.get("dimensions")).put(payload("dimension"), 10);
        pack.withArray("rules").add(JSON.valueToTree(Map.of("id", TAG + "-rule", "name", payload("rule"),
                "category", "over_promise", "dimension", payload("dimension"), "severity", "high", "points", -10,
                "conditions", List.of(Map.of("id", "1", "type", "keywords", "terms", List.of("保证赚钱"))))));
        return pack;
    }

    /** A call as a device would deliver it: hostile transcript text, an account with a hostile name. */
    private String plantCall(long rep, long team) {
        String id = TAG + "-call";
        long account = accounts.ensure(payload("account"), rep);
        NewCall call = store.register(new NewCall(id, "upload", rep, account, TAG + "-badge", Instant.now(), 30, null,
                ChannelLayout.MONO));
        List<Segment> segments = List.of(
                new Segment("rep", 0.5, 6, "您好，我保证赚钱" + payload("transcript"), List.of()),
                new Segment("customer", 7, 12, payload("customer") + "价格太高了", List.of()));
        CallMetrics metrics = new CallMetrics(30, List.of(
                new ChannelMetrics("rep", List.of(new Interval(0.5, 6)), 5.5, 0.5, 5.5, 1, 200),
                new ChannelMetrics("customer", List.of(new Interval(7, 12)), 5, 0.5, 5, 0, 180)),
                List.of(new Interval(12, 30)), 18, 6, List.of(new Interval(12, 30)), List.of(new Overlap(5.5, 6, "rep", "customer")));
        ingest.finish(call, 30, segments, metrics);
        return id;
    }

    private void reviewAndAppeal(String call) {
        ApiClient manager = ApiClient.basic(port, TAG + "manager", PASSWORD);
        JsonNode hit = manager.get("/api/calls/" + call).json().get("hits").valueStream()
                .filter(h -> h.get("ruleId").asString().equals(TAG + "-rule")).findFirst().orElseThrow();
        String path = "/api/calls/" + call + "/hits/" + hit.get("id").asLong();
        assertEquals(200, manager.put(path + "/review", Map.of("verdict", "correct", "comment", payload("review"))).status());
        ApiClient.Response appeal = ApiClient.basic(port, TAG + "rep", PASSWORD).post(path + "/appeal",
                Map.of("comment", payload("appeal")));
        assertEquals(200, appeal.status(), appeal.toString());
    }

    private void checkPages(BrowserSession browser, String call, long rep) {
        long account = accounts.ensure(payload("account"), rep);
        Map<String, List<String>> pages = Map.of(
                "", List.of(),
                "calls", List.of("account", "rep"),
                "calls/" + call, List.of("transcript", "customer", "account", "rep", "manager", "rule", "appeal"),
                "search?q=" + java.net.URLEncoder.encode("价格", java.nio.charset.StandardCharsets.UTF_8), List.of("customer"),
                "reps", List.of("rep"),
                "reps/" + rep, List.of("rep"),
                "accounts?id=" + account, List.of("account"),
                "rules?pack=quality-inspection", List.of("pack", "rule", "comment"),
                "reviews?state=appealed", List.of("appeal", "rule"));
        List<String> problems = new ArrayList<>();
        browser.consoleErrors();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            browser.open(page.getKey());
            browser.waitUntil("the page to draw", d -> d.findElements(By.cssSelector("#page .loading")).isEmpty());
            String tooltips = showEveryTooltip(browser);
            String text = browser.script("return document.body.innerText") + "\n" + tooltips;
            for (String where : page.getValue()) {
                if (!text.contains(payload(where))) {
                    problems.add(page.getKey() + ": " + where + " is not shown literally");
                }
            }
            Object ran = browser.script("return window.__xss ?? null");
            if (ran != null) {
                problems.add(page.getKey() + ": script ran: " + ran);
            }
            long planted = browser.script("return document.querySelectorAll('img[src=\"x\"], svg[onload]').length");
            if (planted > 0) {
                problems.add(page.getKey() + ": " + planted + " planted elements in the DOM");
            }
            browser.consoleErrors().forEach(e -> problems.add(page.getKey() + ": console: " + e));
        }
        String callPage = "calls/" + call;
        browser.open(callPage);
        assertThat(showEveryTooltip(browser)).as("the score chart's tooltip names the hostile dimension as text")
                .contains(payload("dimension"));
        browser.open("");
        assertThat(showEveryTooltip(browser)).as("the failed-rules chart's tooltip names the hostile rule as text")
                .contains(payload("rule"));
        assertThat(formatterTooltip(browser, payload("formatter"))).as("a tooltip formatter's text is escaped")
                .startsWith("0 ").contains(payload("formatter"));
        assertThat((Object) browser.script("return window.__xss ?? null")).isNull();
        assertThat(problems).isEmpty();
    }

    /**
     * Draws a chart through the dashboard's own chart() whose tooltip formatter returns {@code text} (as the talk-ratio
     * and timeline tooltips return speaker names), shows the tooltip and returns the number of planted elements, a space and the tooltip's text.
     */
    private static String formatterTooltip(BrowserSession browser, String text) {
        return browser.driver().executeAsyncScript("""
                const [text, done] = arguments;
                Promise.all([import('/js/charts.js'), import('/vendor/echarts/echarts.esm.min.js')]).then(([charts, echarts]) => {
                  const el = document.createElement('div');
                  el.className = 'chart';
                  document.querySelector('#page').append(el);
                  const chart = charts.chart(el, { tooltip: { trigger: 'item', formatter: p => [text, p.name] },
                    series: [{ type: 'pie', data: [{ name: 'a', value: 1 }] }] });
                  chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
                  setTimeout(() => done(document.querySelectorAll('img[src="x"], svg[onload]').length + ' ' + el.innerText), 100);
                }).catch(e => done('tooltip script failed: ' + e));""", text).toString();
    }

    /** Shows the tooltip of the first data items of every chart on the page; returns the tooltips' text. */
    private static String showEveryTooltip(BrowserSession browser) {
        return browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/vendor/echarts/echarts.esm.min.js').then(echarts => {
                  const texts = [];
                  for (const el of document.querySelectorAll('#page .chart')) {
                    const chart = echarts.getInstanceByDom(el);
                    if (!chart) continue;
                    (chart.getOption().series ?? []).forEach((s, seriesIndex) => {
                      for (let dataIndex = 0; dataIndex < Math.min((s.data ?? []).length, 30); dataIndex++) {
                        chart.dispatchAction({ type: 'showTip', seriesIndex, dataIndex });
                        texts.push(el.innerText);
                      }
                    });
                  }
                  done(texts.join('\\n'));
                }).catch(e => done('tooltip script failed: ' + e));""").toString();
    }
}
