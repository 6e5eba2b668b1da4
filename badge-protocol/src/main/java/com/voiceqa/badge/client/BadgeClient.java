package com.voiceqa.badge.client;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ChallengeResponse;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameFormat;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;

import javax.net.SocketFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * A device-side reference client of the badge protocol (blocking I/O, one reader thread), used by the simulator and
 * the tests, and a worked example for firmware engineers. ACKs are tracked per call as they arrive; other replies
 * are taken in order with {@link #expect}.
 */
public final class BadgeClient implements AutoCloseable {

    /** The server answered with an ERROR frame. */
    public static final class ErrorReply extends IOException {
        private final ErrorCode code;

        ErrorReply(BadgeFrame frame) {
            super(frame.errorCode() + ": " + frame.errorMessage());
            this.code = frame.errorCode();
        }

        public ErrorCode code() {
            return code;
        }
    }

    private static final BadgeFrame CLOSED = BadgeFrame.of(FrameType.HEARTBEAT);

    private final Socket socket;
    private final OutputStream out;
    private final BlockingQueue<BadgeFrame> replies = new LinkedBlockingQueue<>();
    private final Map<UUID, Long> acked = new ConcurrentHashMap<>();
    private final Map<UUID, LongConsumer> ackListeners = new ConcurrentHashMap<>();
    private final Object ackSignal = new Object();
    private volatile boolean closed;
    private volatile Exception closeCause;
    private volatile BadgeFrame lastError;

    private BadgeClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        Thread.ofVirtual().name("badge-client-reader").start(() -> readLoop(in));
    }

    /** Connects; {@code sockets} is {@link SocketFactory#getDefault()} or an {@code SSLSocketFactory} for TLS. */
    public static BadgeClient connect(SocketFactory sockets, String host, int port) throws IOException {
        Socket socket = sockets.createSocket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        return new BadgeClient(socket);
    }

    private void readLoop(DataInputStream in) {
        try {
            while (true) {
                byte[] header = new byte[FrameFormat.HEADER_BYTES];
                in.readFully(header);
                FrameFormat.Header h = FrameFormat.parseHeader(header, 16 * 1024 * 1024);
                byte[] payload = new byte[h.payloadLength()];
                in.readFully(payload);
                BadgeFrame frame = FrameFormat.complete(h, payload);
                if (frame.type() == FrameType.ACK) {
                    acked.merge(frame.callId(), frame.sequence(), Math::max);
                    LongConsumer listener = ackListeners.get(frame.callId());
                    if (listener != null) {
                        listener.accept(frame.sequence());
                    }
                    signalAckWaiters(null);
                    continue;
                }
                if (frame.type() == FrameType.ERROR) {
                    signalAckWaiters(frame);
                }
                replies.add(frame);
            }
        } catch (IOException | RuntimeException e) {
            closeCause = e;
            closed = true;
            replies.add(CLOSED);
            signalAckWaiters(null);
        }
    }

    private void signalAckWaiters(BadgeFrame error) {
        synchronized (ackSignal) {
            if (error != null) {
                lastError = error;
            }
            ackSignal.notifyAll();
        }
    }

    public synchronized void send(BadgeFrame frame) throws IOException {
        out.write(FrameFormat.encode(frame));
        out.flush();
    }

    /** Writes raw bytes (for tests of hostile input). */
    public synchronized void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /**
     * Waits for the next reply of {@code type}, skipping other replies (ACKs are tracked separately).
     *
     * @throws ErrorReply   when the server answered ERROR instead
     * @throws EOFException when the server closed the connection
     */
    public BadgeFrame expect(FrameType type, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            BadgeFrame frame = replies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame == null) {
                throw new IOException("no " + type + " within " + timeout);
            }
            if (frame == CLOSED) {
                replies.add(CLOSED);
                throw new EOFException("the connection closed while we waited for " + type + " (" + closeCause + ")");
            }
            if (frame.type() == type) {
                return frame;
            }
            if (frame.type() == FrameType.ERROR) {
                throw new ErrorReply(frame);
            }
        }
    }

    /** HELLO, answer the CHALLENGE with the device secret, receive WELCOME. */
    public Payloads.Welcome authenticate(String deviceId, byte[] secret, Duration timeout)
            throws IOException, InterruptedException {
        send(new BadgeFrame(FrameType.HELLO, BadgeFrame.NO_CALL, 0, Payloads.hello(deviceId)));
        byte[] nonce = expect(FrameType.CHALLENGE, timeout).payload();
        send(new BadgeFrame(FrameType.AUTH, BadgeFrame.NO_CALL, 0, ChallengeResponse.answer(secret, nonce, deviceId)));
        return Payloads.Welcome.parse(expect(FrameType.WELCOME, timeout).payload());
    }

    /** Opens (or re-opens) a call; returns the highest sequence the server already stores (0 for a new call). */
    public long startCall(UUID callId, Payloads.CallStart start, Duration timeout) throws IOException, InterruptedException {
        BadgeFrame errorBeforeStart = lastError; // taken before sending: the refusal may arrive before we wait
        send(new BadgeFrame(FrameType.CALL_START, callId, 0, start.encode()));
        return awaitAck(callId, 0, timeout, errorBeforeStart);
    }

    public void audio(UUID callId, long sequence, byte[] pcm) throws IOException {
        send(new BadgeFrame(FrameType.AUDIO, callId, sequence, pcm));
    }

    /** After a reconnect: returns the highest sequence the server stores durably; send from the next one. */
    public long resume(UUID callId, Duration timeout) throws IOException, InterruptedException {
        send(BadgeFrame.of(FrameType.RESUME, callId, 0));
        long stored = expect(FrameType.RESUME, timeout).sequence();
        acked.merge(callId, stored, Math::max);
        return stored;
    }

    /** Ends a call after AUDIO {@code lastSequence}; returns the server's size and SHA-256 of the stored audio. */
    public Payloads.CallSummary endCall(UUID callId, long lastSequence, Duration timeout)
            throws IOException, InterruptedException {
        send(BadgeFrame.of(FrameType.CALL_END, callId, lastSequence));
        return Payloads.CallSummary.parse(expect(FrameType.CALL_END, timeout).payload());
    }

    public void heartbeat() throws IOException {
        send(BadgeFrame.of(FrameType.HEARTBEAT));
    }

    /** The highest sequence the server acknowledged for the call (-1 before any ACK). */
    public long acknowledged(UUID callId) {
        return acked.getOrDefault(callId, -1L);
    }

    /**
     * Waits until the server acknowledged at least {@code sequence}; returns the acknowledged sequence.
     *
     * @throws ErrorReply when an ERROR arrives while waiting
     */
    public long awaitAck(UUID callId, long sequence, Duration timeout) throws IOException, InterruptedException {
        return awaitAck(callId, sequence, timeout, lastError);
    }

    /** As {@link #awaitAck(UUID, long, Duration)}, failing on any ERROR newer than {@code errorBefore}. */
    private long awaitAck(UUID callId, long sequence, Duration timeout, BadgeFrame errorBefore)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (ackSignal) {
            while (acknowledged(callId) < sequence) {
                if (lastError != errorBefore) {
                    throw new ErrorReply(lastError);
                }
                if (closed) {
                    if (lastError != null && lastError.errorCode().fatal()) {
                        throw new ErrorReply(lastError); // the error that made the server close, maybe before we waited
                    }
                    throw new EOFException("the connection closed while we waited for ACK " + sequence + " (" + closeCause + ")");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no ACK of " + sequence + " within " + timeout + " (have " + acknowledged(callId) + ")");
                }
                TimeUnit.NANOSECONDS.timedWait(ackSignal, left);
            }
        }
        return acknowledged(callId);
    }

    /** Called on the reader thread with each ACK of the call (for latency measurements). */
    public void onAck(UUID callId, LongConsumer listener) {
        ackListeners.put(callId, listener);
    }

    /** Drops the replies received so far that nobody waited for. */
    public void discardReplies() {
        replies.removeIf(f -> f != CLOSED);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
