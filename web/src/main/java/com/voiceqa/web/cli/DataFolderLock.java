package com.voiceqa.web.cli;

import com.voiceqa.core.cli.UserError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process per data folder: an OS file lock on {@code <data>/voiceqa.lock}, held while the process lives (the OS
 * releases it when the process dies, so a crash leaves nothing to clean up). The holder writes its pid and HTTP port
 * into the file, so a second start can say who holds the folder.
 */
public final class DataFolderLock implements AutoCloseable {

    private static final Pattern HOLDER = Pattern.compile("pid=(\\d+) port=(\\d+)");

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (creating it) or throws a one-line {@link UserError} naming the other process. */
    public static DataFolderLock acquire(Path folder, int httpPort) {
        Path file = folder.resolve("voiceqa.lock");
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                Matcher holder = HOLDER.matcher(read(channel));
                channel.close();
                boolean known = holder.find();
                throw new UserError("另一个 VoiceQA" + (known ? "（进程 " + holder.group(1) + "，端口 " + holder.group(2) + "）" : "")
                        + "正在使用数据目录 " + folder + "，请先停止它或用 --data DIR 另选目录 / another VoiceQA"
                        + (known ? " (pid " + holder.group(1) + ", port " + holder.group(2) + ")" : "")
                        + " is using the data folder " + folder + ": stop it first or pass --data DIR");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + " port=" + httpPort + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UserError("数据目录 " + folder + " 不可用 / the data folder cannot be used: " + e.getMessage()
                    + "; pass another one with --data DIR", e);
        }
    }

    /** Null when another process holds the lock, or this one does already (a second start in the same JVM). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(100);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
