package com.voiceqa.gateway.spool;

import com.voiceqa.gateway.events.CallMetadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's data directory: open calls under {@code spool/<device>/<call>/}, finished recordings under
 * {@code recordings/<device>/<call>.wav}. Refuses new audio when the disk's free space falls below a floor, so
 * the gateway stops acknowledging (and tells the device) before the disk is actually full.
 */
public final class SpoolStore {

    private static final Logger LOG = Logger.getLogger(SpoolStore.class.getName());
    private static final long FREE_SPACE_RECHECK_NANOS = 50_000_000;

    private final Path spoolRoot;
    private final Path recordingsRoot;
    private final FileStore fileStore;
    private final long minFreeBytes;
    private volatile long freeBytes;
    private volatile long freeCheckedAt;

    public SpoolStore(Path dataDir, long minFreeBytes) throws IOException {
        this.spoolRoot = Files.createDirectories(dataDir.resolve("spool"));
        this.recordingsRoot = Files.createDirectories(dataDir.resolve("recordings"));
        this.fileStore = Files.getFileStore(spoolRoot);
        this.minFreeBytes = minFreeBytes;
        this.freeBytes = fileStore.getUsableSpace();
        this.freeCheckedAt = System.nanoTime();
    }

    public CallSpool create(CallMetadata metadata) throws IOException {
        requireFreeSpace();
        return CallSpool.create(spoolDir(metadata.deviceId(), metadata.callId()), metadata);
    }

    /** Appends after checking the free-space floor; the only way audio enters a spool. */
    public void append(CallSpool spool, long seq, ByteBuffer data) throws IOException {
        requireFreeSpace();
        spool.append(seq, data);
    }

    /** Reopens every spool left by a previous process. Unreadable spools are logged and left in place. */
    public List<CallSpool> recoverAll() throws IOException {
        List<CallSpool> spools = new ArrayList<>();
        try (var devices = Files.newDirectoryStream(spoolRoot)) {
            for (Path device : devices) {
                try (var calls = Files.newDirectoryStream(device)) {
                    for (Path call : calls) {
                        try {
                            spools.add(CallSpool.recover(call));
                        } catch (IOException | RuntimeException e) {
                            LOG.log(Level.SEVERE, "cannot recover spool " + call + "; left in place for inspection", e);
                        }
                    }
                }
            }
        }
        return spools;
    }

    public Path recordingPath(String deviceId, String callId) {
        return recordingsRoot.resolve(deviceId).resolve(callId + ".wav");
    }

    /**
     * Turns an ended spool into its final recording (durable) and deletes the spool. Safe to repeat after a crash
     * at any point: the recording is written under a temporary name and renamed into place.
     */
    public Recording finish(CallSpool spool) throws IOException {
        spool.markEnded();
        CallMetadata m = spool.metadata();
        Path wav = recordingPath(m.deviceId(), m.callId());
        Files.createDirectories(wav.getParent());
        Recording recording = WavWriter.write(spool, wav);
        spool.deleteFiles();
        Durable.syncDirectory(spoolDir(m.deviceId(), m.callId()).getParent());
        return recording;
    }

    private Path spoolDir(String deviceId, String callId) {
        return spoolRoot.resolve(deviceId).resolve(callId);
    }

    private void requireFreeSpace() throws IOException {
        long now = System.nanoTime();
        if (now - freeCheckedAt > FREE_SPACE_RECHECK_NANOS) {
            freeBytes = fileStore.getUsableSpace();
            freeCheckedAt = now;
        }
        if (freeBytes < minFreeBytes) {
            throw new IOException("the spool disk has " + freeBytes / (1024 * 1024) + " MiB free, below the floor of "
                    + minFreeBytes / (1024 * 1024) + " MiB; free space or move --data to a larger disk");
        }
    }
}
