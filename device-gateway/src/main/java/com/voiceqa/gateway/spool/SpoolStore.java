package com.voiceqa.gateway.spool;

import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
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
    /** The spools this store created or recovered and has not finished: the calls audio may be appended to. */
    private final Map<CallKey, CallSpool> open = new ConcurrentHashMap<>();
    private volatile long freeBytes;
    private volatile long freeCheckedAt;

    public SpoolStore(Path dataDir, long minFreeBytes) throws IOException {
        Path data = dataDir.toAbsolutePath().normalize();
        this.spoolRoot = Files.createDirectories(data.resolve("spool"));
        this.recordingsRoot = Files.createDirectories(data.resolve("recordings"));
        this.fileStore = Files.getFileStore(spoolRoot);
        this.minFreeBytes = minFreeBytes;
        this.freeBytes = fileStore.getUsableSpace();
        this.freeCheckedAt = System.nanoTime();
    }

    public CallSpool create(CallMetadata metadata) throws IOException {
        requireFreeSpace();
        CallSpool spool = CallSpool.create(spoolDir(metadata.key()), metadata);
        open.put(metadata.key(), spool);
        return spool;
    }

    /** The spool of an open call, if this store created or recovered it and has not finished it. */
    public Optional<CallSpool> open(CallKey key) {
        return Optional.ofNullable(open.get(key));
    }

    /**
     * Counts everything appended to {@code spool} as durable without an fsync: for a spool that copies audio a
     * replicated log already holds durably (a cluster gateway taking over a call another node opened).
     */
    public void heldElsewhere(CallSpool spool) throws IOException {
        spool.sync(false);
    }

    /** Appends after checking the free-space floor; the only way audio enters a spool. */
    public void append(CallSpool spool, long seq, ByteBuffer data) throws IOException {
        requireFreeSpace();
        spool.append(seq, data);
    }

    /**
     * Reopens every spool left by a previous process. Anything in {@code spool/} that is not a call folder with a
     * valid device and call id (a stray file, a foreign folder) and every spool that cannot be read is logged and
     * left in place: one bad entry never stops the gateway from starting.
     */
    public List<CallSpool> recoverAll() throws IOException {
        List<CallSpool> spools = new ArrayList<>();
        try (var devices = Files.newDirectoryStream(spoolRoot)) {
            for (Path device : devices) {
                Optional<DeviceId> deviceId = folderName(device, DeviceId::new);
                if (deviceId.isEmpty()) {
                    continue;
                }
                try (var calls = Files.newDirectoryStream(device)) {
                    for (Path call : calls) {
                        folderName(call, CallId::new).ifPresent(callId -> recover(call,
                                new CallKey(deviceId.get(), callId)).ifPresent(spools::add));
                    }
                } catch (IOException e) {
                    LOG.log(Level.SEVERE, "cannot list spool folder " + device + "; left in place", e);
                }
            }
        }
        return spools;
    }

    private static <T> Optional<T> folderName(Path path, Function<String, T> parse) {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            LOG.warning("ignoring " + path + " in the spool: not a folder the gateway made");
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(path.getFileName().toString()));
        } catch (IllegalArgumentException e) {
            LOG.warning("ignoring spool folder " + path + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<CallSpool> recover(Path dir, CallKey key) {
        try {
            CallSpool spool = CallSpool.recover(dir, key);
            open.put(key, spool);
            return Optional.of(spool);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot recover spool " + dir + "; left in place for inspection", e);
            return Optional.empty();
        }
    }

    /** Where the finished recording of a call is (or will be): {@code recordings/<device>/<call>.wav}. */
    public Path recordingPath(CallKey key) {
        return inside(recordingsRoot, recordingsRoot.resolve(key.device().value()).resolve(key.call().value() + ".wav"));
    }

    /**
     * The finished recording of one of {@code device}'s calls, found by the call's product-wide id
     * ({@link CallKey#productId()}, a one-way digest, so the device's recordings are compared one by one).
     */
    public Optional<Path> recording(DeviceId device, String productId) {
        Path dir = recordingsRoot.resolve(device.value()); // a DeviceId is a safe name: one level below the root
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> recordedCall(device, f)).flatMap(Optional::stream)
                    .filter(key -> key.productId().equals(productId))
                    .map(this::recordingPath).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list recordings of device " + device, e);
            return Optional.empty();
        }
    }

    /** The call a file in a device's recordings folder holds, unless the file is not a recording of ours. */
    private static Optional<CallKey> recordedCall(DeviceId device, Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".wav")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CallKey(device, new CallId(name.substring(0, name.length() - ".wav".length()))));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * Turns an ended spool into its final recording (durable) and deletes the spool. Safe to repeat after a crash
     * at any point: the recording is written under a temporary name and renamed into place.
     */
    public Recording finish(CallSpool spool) throws IOException {
        spool.markEnded();
        CallMetadata m = spool.metadata();
        Path wav = recordingPath(m.key());
        Files.createDirectories(wav.getParent());
        Recording recording = WavWriter.write(spool, wav);
        spool.deleteFiles();
        open.remove(m.key());
        Durable.syncDirectory(spoolDir(m.key()).getParent());
        return recording;
    }

    /** {@code spool/<device>/<call>/}: a call's own folder, the only one its spool writes to or deletes. */
    private Path spoolDir(CallKey key) {
        return inside(spoolRoot, spoolRoot.resolve(key.device().value()).resolve(key.call().value()));
    }

    /** Defence in depth behind the id types: a path two levels below {@code root}, or an exception. */
    private static Path inside(Path root, Path path) {
        Path normalized = path.normalize();
        if (!normalized.equals(path) || !root.equals(normalized.getParent().getParent())) {
            throw new IllegalArgumentException(path + " is not two levels inside " + root);
        }
        return path;
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
