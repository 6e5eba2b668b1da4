package com.voiceqa.gateway;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

/**
 * A deliberately minimal WebSocket client that can send what well-behaved clients cannot (invalid UTF-8 in a text
 * frame, oversized frames), to test the gateway's defences.
 */
final class RawWebSocket implements AutoCloseable {

    static final int TEXT = 1;
    static final int BINARY = 2;
    static final int CLOSE = 8;

    /** A frame the server sent. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
        }

        /** The reason text of a close frame. */
        String closeReason() {
            return payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;
    private final Random random = new Random(1);

    RawWebSocket(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
        String key = Base64.getEncoder().encodeToString(new byte[16]);
        out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            headers.append((char) in.readUnsignedByte());
        }
        if (!headers.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException("handshake refused: " + headers);
        }
    }

    void send(int opcode, byte[] payload) throws IOException {
        sendDeclaring(opcode, payload.length, payload);
    }

    /** Sends a frame header declaring {@code declaredLength} bytes followed by {@code payload} (possibly fewer). */
    void sendDeclaring(int opcode, long declaredLength, byte[] payload) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(14);
        header.put((byte) (0x80 | opcode));
        if (declaredLength < 126) {
            header.put((byte) (0x80 | declaredLength));
        } else if (declaredLength < 65536) {
            header.put((byte) (0x80 | 126)).putShort((short) declaredLength);
        } else {
            header.put((byte) (0x80 | 127)).putLong(declaredLength);
        }
        byte[] mask = new byte[4];
        random.nextBytes(mask);
        header.put(mask);
        byte[] masked = payload.clone();
        for (int i = 0; i < masked.length; i++) {
            masked[i] ^= mask[i & 3];
        }
        out.write(header.array(), 0, header.position());
        out.write(masked);
        out.flush();
    }

    void sendText(String text) throws IOException {
        send(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    Frame receive() throws IOException {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long length = b1 & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(b0 & 0x0F, payload);
    }

    /** Reads until the server's close frame (skipping other frames) and returns its status code. */
    int awaitClose() throws IOException {
        return awaitCloseFrame().closeCode();
    }

    /** Reads until the server's close frame, skipping other frames. */
    Frame awaitCloseFrame() throws IOException {
        while (true) {
            Frame f = receive();
            if (f.opcode() == CLOSE) {
                return f;
            }
        }
    }

    /** Sets how long a {@link #receive} may wait; see {@link java.net.Socket#setSoTimeout}. */
    void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
