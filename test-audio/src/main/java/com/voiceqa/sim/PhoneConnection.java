package com.voiceqa.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A phone's connection in vosk-server's WebSocket protocol: a config message, then binary audio messages, each
 * answered with one text reply (a partial or a result), and {@code {"eof" : 1}} answered with the final result.
 */
public final class PhoneConnection implements AutoCloseable {

    /** Marks the gateway closing the connection in the reply queue, so a refusal ends the call at once. */
    private static final String CLOSED = "\u0000closed: ";
    /** Marks the connection failing without a close (the gateway's process or network went away). */
    private static final String LOST = "\u0000lost: ";
    /**
     * The status the JDK reports when the connection ended without a close frame (RFC 6455: 1006 is never sent by a
     * peer): the gateway went away, which the JDK reports either this way or through {@code onError}.
     */
    private static final int CLOSED_WITHOUT_CLOSE_FRAME = 1006;

    private final WebSocket socket;
    private final LinkedBlockingQueue<String> replies;
    private final Duration timeout;

    private PhoneConnection(WebSocket socket, LinkedBlockingQueue<String> replies, Duration timeout) {
        this.socket = socket;
        this.replies = replies;
        this.timeout = timeout;
    }

    /** Connects and sends the config message; every later step waits at most {@code timeout}. */
    public static PhoneConnection open(HttpClient http, URI uri, String configJson, Duration timeout) throws Exception {
        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(timeout)
                .buildAsync(uri, new Collector(replies, new StringBuilder()))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        PhoneConnection phone = new PhoneConnection(socket, replies, timeout);
        socket.sendText(configJson, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return phone;
    }

    /** Sends one audio message (without waiting for its reply). */
    public void send(ByteBuffer pcm) throws Exception {
        socket.sendBinary(pcm, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void sendEof() throws Exception {
        socket.sendText("{\"eof\" : 1}", true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The next reply, in order.
     *
     * @throws IOException           when the connection failed without a close: the gateway (or the way to it) is gone
     * @throws IllegalStateException when the gateway closed the connection (a refusal) or did not reply in time
     */
    public String awaitReply() throws InterruptedException, IOException {
        String reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (reply == null) {
            throw new IllegalStateException("no reply within " + timeout);
        }
        if (reply.startsWith(CLOSED)) {
            throw new IllegalStateException("the gateway closed the connection: " + reply.substring(CLOSED.length()));
        }
        if (reply.startsWith(LOST)) {
            throw new IOException("the connection to the gateway was lost: " + reply.substring(LOST.length()));
        }
        return reply;
    }

    /** Drops the connection without a closing handshake, as a phone losing its network does. */
    @Override
    public void close() {
        socket.abort();
    }

    private record Collector(LinkedBlockingQueue<String> replies, StringBuilder text) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                replies.add(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            replies.add((statusCode == CLOSED_WITHOUT_CLOSE_FRAME ? LOST : CLOSED) + statusCode
                    + (reason.isEmpty() ? "" : " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            replies.add(LOST + error);
        }
    }
}
