package com.voiceqa.gateway;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.gateway.auth.FileDeviceDirectory;
import com.voiceqa.gateway.call.Transcription;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.events.InProcessCallEventBus;

import javax.net.SocketFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A real gateway on free loopback ports with a small device directory, and the events it published. */
final class TestGateway implements AutoCloseable {

    static final String DEVICE = "badge-0001";
    static final String SECRET = "correct-horse-battery-staple";
    static final Duration WAIT = Duration.ofSeconds(20);

    final Path dataDir;
    final Gateway gateway;
    final CallEventBus bus = new InProcessCallEventBus();
    final BlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();

    TestGateway(Path dataDir, UnaryOperator<GatewayConfig> customize, Optional<Transcription> asr)
            throws IOException, InterruptedException {
        this(dataDir, customize, asr, UnaryOperator.identity());
    }

    /** @param durability wraps the gateway's audio log (see {@link HeldAudioLog}) */
    TestGateway(Path dataDir, UnaryOperator<GatewayConfig> customize, Optional<Transcription> asr,
                UnaryOperator<AudioLog> durability) throws IOException, InterruptedException {
        this.dataDir = dataDir;
        bus.subscribe(events::add);
        GatewayConfig config = customize.apply(GatewayConfig.defaults(dataDir).withPorts(0, 0));
        gateway = Gateway.builder(config, directory()).transcription(asr).events(bus).durability(durability).start();
    }

    TestGateway(Path dataDir) throws IOException, InterruptedException {
        this(dataDir, c -> c, Optional.empty());
    }

    static FileDeviceDirectory directory() {
        return FileDeviceDirectory.of(Map.of(DEVICE, SECRET, "badge-0002", "another-secret-of-enough-length"));
    }

    BadgeClient connect() throws IOException {
        return BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", gateway.badgePort());
    }

    BadgeClient authenticated() throws IOException, InterruptedException {
        BadgeClient client = connect();
        client.authenticate(DEVICE, SECRET.getBytes(StandardCharsets.UTF_8), WAIT);
        return client;
    }

    /** Starts a call, sends {@code chunks} as AUDIO 1..n and waits until all are acknowledged. */
    static void startAndStream(BadgeClient badge, UUID callId, List<byte[]> chunks)
            throws IOException, InterruptedException {
        badge.startCall(callId, monoCall(16000), WAIT);
        for (int seq = 1; seq <= chunks.size(); seq++) {
            badge.audio(callId, seq, chunks.get(seq - 1));
        }
        badge.awaitAck(callId, chunks.size(), WAIT);
    }

    <T extends CallEvent> T nextEvent(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            CallEvent e = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no " + type.getSimpleName() + " event within " + WAIT);
            }
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
    }

    List<CallEvent> drainEvents() {
        List<CallEvent> list = new java.util.ArrayList<>();
        events.drainTo(list);
        return list;
    }

    static Payloads.CallStart monoCall(int rate) {
        return new Payloads.CallStart(new com.voiceqa.core.StreamFormat(rate, com.voiceqa.core.ChannelLayout.MONO),
                java.time.Instant.parse("2026-11-23T09:00:00Z"), false, "rep-7", "acct-42");
    }

    @Override
    public void close() throws InterruptedException {
        gateway.close();
        bus.close();
    }
}
