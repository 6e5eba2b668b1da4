package com.voiceqa.web.security;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M3: 200 wrong passwords for one user are throttled (429 with a Chinese message and Retry-After), the right password
 * is refused too while the lockout lasts and works again after it; many usernames from one address lock the address.
 * The tests run with lockouts of at most {@link ServerTest#MAX_LOCKOUT_SECONDS} s.
 */
class LoginThrottleTest extends ServerTest {

    @Test
    void twoHundredWrongPasswordsAreThrottledAndTheRightOneWorksAfterTheWindow() throws InterruptedException {
        int throttled = 0;
        for (int i = 0; i < 200; i++) {
            ApiClient.Response r = i % 2 == 0 ? ApiClient.anonymous(port).login("manager", "guess-" + i)
                    : ApiClient.basic(port, "manager", "guess-" + i).get("/api/me");
            if (r.status() == 429) {
                throttled++;
                assertTrue(r.json().get("message").asString().contains("登录失败次数过多"), r.toString());
                assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1, r.header("Retry-After"));
            } else {
                assertEquals(401, r.status(), r.toString());
            }
        }
        assertTrue(throttled >= 150, "only " + throttled + " of 200 guesses were throttled");
        assertEquals(429, as("manager").get("/api/me").status(), "during the lockout the right password waits too");

        waitOutLockout();
        assertEquals(200, as("manager").get("/api/me").status(), "after the window the right password works");
        assertEquals(401, ApiClient.basic(port, "manager", "one-more-typo").get("/api/me").status(),
                "a success clears the count: the next typo is an ordinary 401");
        assertEquals(200, ApiClient.anonymous(port).login("manager", PASSWORD).status());
    }

    @Test
    void manyUsernamesFromOneAddressLockTheAddress() throws InterruptedException {
        int throttled = 0;
        for (int i = 0; i < 60; i++) {
            if (ApiClient.basic(port, "nobody" + i, "guess").get("/api/me").status() == 429) {
                throttled++;
            }
        }
        assertTrue(throttled >= 20, "only " + throttled + " of 60 guesses from one address were throttled");
        assertEquals(429, as("limin").get("/api/me").status(), "the address waits, whichever user it tries");
        waitOutLockout();
        assertEquals(200, as("limin").get("/api/me").status());
    }

    /** Sleeps past the longest lockout and until the address's failures are forgotten, so later tests start clean. */
    private static void waitOutLockout() throws InterruptedException {
        Thread.sleep((2L * MAX_LOCKOUT_SECONDS + 1) * 1000);
    }
}
