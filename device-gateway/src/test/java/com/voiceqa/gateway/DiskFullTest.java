package com.voiceqa.gateway;

import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.client.BadgeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

import static com.voiceqa.gateway.BadgeAuthenticationTest.assertClosed;
import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * When the spool disk runs low (below the free-space floor) the gateway stops acknowledging, answers
 * STORAGE_FAILURE, and the device keeps its audio; once space is back the call resumes without loss.
 */
class DiskFullTest {

    private static final long FILLER_BYTES = 256L * 1024 * 1024;

    @TempDir
    Path data;

    @Test
    void lowDiskStopsAcknowledgingAndTheCallResumesLater() throws Exception {
        long free = Files.getFileStore(data).getUsableSpace();
        long floor = free - FILLER_BYTES / 2;
        UUID callId = UUID.randomUUID();
        byte[] chunk = new byte[3200];
        Path filler = data.resolve("filler.bin");
        try (TestGateway gw = new TestGateway(data.resolve("gw"),
                c -> c.withLimits(c.limits().withMinFreeDiskBytes(floor)), Optional.empty())) {
            try (BadgeClient badge = gw.authenticated()) {
                badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
                badge.audio(callId, 1, chunk);
                badge.awaitAck(callId, 1, WAIT);

                fill(filler);
                Thread.sleep(100); // the gateway re-reads free space at most every 50 ms
                badge.audio(callId, 2, chunk);
                var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.awaitAck(callId, 2, WAIT));
                assertEquals(ErrorCode.STORAGE_FAILURE, error.code());
                assertEquals(1, badge.acknowledged(callId), "nothing acknowledged that is not on disk");
                assertClosed(badge);
            }
            Files.delete(filler);
            Thread.sleep(100);
            try (BadgeClient badge = gw.authenticated()) {
                assertEquals(1, badge.resume(callId, WAIT));
                badge.audio(callId, 2, chunk);
                assertEquals(2 * chunk.length, badge.endCall(callId, 2, WAIT).audioBytes());
            }
        }
    }

    private static void fill(Path filler) throws Exception {
        try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(1024 * 1024);
            for (long written = 0; written < FILLER_BYTES; written += block.capacity()) {
                block.clear();
                ch.write(block);
            }
            ch.force(true);
        }
    }
}
