package com.voiceqa.web.security;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.SseListener;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The low findings: SSE per user, JSON body size, 416 bodies, LIKE wildcards. */
class HardeningTest extends ServerTest {

    @Test
    void oneUsersManyLivePagesCannotLockOthersOut() throws Exception {
        List<SseListener> rep = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                SseListener listener = new SseListener(port, "limin", PASSWORD);
                listener.awaitSubscribed();
                rep.add(listener);
            }
            for (int i = 0; i < 12 - 5; i++) {
                assertTrue(rep.get(i).awaitEnded(10_000), "subscription " + i + " beyond the newest 5 is closed");
            }
            for (int i = 12 - 5; i < 12; i++) {
                assertFalse(rep.get(i).awaitEnded(200), "the newest 5 subscriptions stay open");
            }
            try (SseListener manager = new SseListener(port, "manager", PASSWORD)) {
                manager.awaitSubscribed();
            }
        } finally {
            rep.forEach(SseListener::close);
        }
    }

    @Test
    void aHundredMegabyteJsonBodyIsRefusedUnread() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            out.write(("PUT /api/rules/quality-inspection HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 100L * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("{\"pack\": {\"rules\": [".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Only the headers and a few bytes were sent: the answer must not wait for the other 100 MB.
            String answer = new String(readSome(socket.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("请求体过大"), answer);
        }
        ApiClient.Response chunked = as("admin").postChunked("/api/rules/validate", "application/json",
                ("{\"pack\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(413, chunked.status(), "a body over the limit without Content-Length either");
    }

    @Test
    void anUnsatisfiableRangeGets416WithoutTheFile() {
        String call = as("manager").get("/api/calls?size=1&status=done").json().get("items").get(0).get("id").asString();
        ApiClient.Response whole = as("manager").get("/api/calls/" + call + "/audio");
        assertEquals(200, whole.status());
        ApiClient.Response beyond = as("manager").get("/api/calls/" + call + "/audio", "Range", "bytes=999999999-");
        assertEquals(416, beyond.status());
        assertEquals(0, beyond.body().length, "no body, certainly not the whole recording");
        assertEquals("bytes */" + whole.body().length, beyond.header("Content-Range"));
        assertEquals(206, as("manager").get("/api/calls/" + call + "/audio", "Range", "bytes=0-99").status());
    }

    @Test
    void likeWildcardsInTheCallSearchAreLiteral() {
        long all = as("manager").get("/api/calls?size=1").json().get("total").asLong();
        assertTrue(all > 0);
        for (String wildcard : List.of("_", "%", "\\", "%25", "__")) {
            ApiClient.Response r = as("manager").get("/api/calls?size=1&q=" + java.net.URLEncoder.encode(wildcard,
                    StandardCharsets.UTF_8));
            assertEquals(200, r.status(), wildcard + " -> " + r);
            assertEquals(0, r.json().get("total").asLong(), "no call id or account name contains " + wildcard);
        }
        assertEquals(1, as("manager").get("/api/calls?size=1&q=call-0003").json().get("total").asLong());
    }

    /** The answer: read until its message arrived, the server closed the connection or 8 KB arrived. */
    private static byte[] readSome(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while (answer.size() < buffer.length && !answer.toString(StandardCharsets.UTF_8).contains("请求体过大")
                && (n = in.read(buffer)) > 0) {
            answer.write(buffer, 0, n);
        }
        return answer.toByteArray();
    }
}
