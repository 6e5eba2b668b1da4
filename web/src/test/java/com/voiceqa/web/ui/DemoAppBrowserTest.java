package com.voiceqa.web.ui;

import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.BeforeEach;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Base of the browser tests: the real product on a random port with the demo's labeled calls (the same running
 * application as the API integration tests, see {@link ServerTest}), and a real Chromium talking to it over HTTP.
 */
abstract class DemoAppBrowserTest extends ServerTest {

    static final String MANAGER = "manager";
    static final String REP = "limin";
    static final Path ARTIFACTS = BrowserSession.ARTIFACTS;

    @BeforeEach
    void browserInstalled() {
        BrowserSession.requireInstalled();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    BrowserSession browserAs(String username) {
        return new BrowserSession(baseUrl()).login(username, ServerTest.PASSWORD);
    }

    /** Calls the API from inside the logged-in page (same session cookie as the dashboard) and returns its JSON. */
    static Map<String, Object> apiGet(BrowserSession browser, String path) {
        return browser.script("""
                return fetch('/api' + arguments[0], {headers: {Accept: 'application/json'}})
                  .then(r => r.ok ? r.json() : r.text().then(t => { throw new Error(r.status + ' ' + t); }));""", path);
    }

    /** The demo loads its calls at startup; waits until they are listed, so the pages are populated. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> demoCalls(BrowserSession browser) {
        return browser.waitUntil("the demo's labeled calls (at least 10 processed ones visible to this user) to be listed by GET /api/calls", d -> {
            List<Map<String, Object>> items = (List<Map<String, Object>>) apiGet(browser, "/calls?size=200&status=done").get("items");
            return items.size() >= 10 ? items : null;
        });
    }
}
