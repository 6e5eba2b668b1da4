package com.voiceqa.asr.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The files a model must contain with their sha256 (and size). Text format, one file per line:
 * {@code <sha256>  <bytes>  <relative path>} or {@code sha256sum}'s {@code <sha256>  <relative path>}; lines
 * starting with '#' are comments.
 */
public record ChecksumManifest(List<Entry> entries) {

    /** One expected file; {@code bytes} is -1 when the manifest does not give the size. */
    public record Entry(String sha256, long bytes, String path) {
    }

    public ChecksumManifest {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a checksum manifest lists at least one file");
        }
    }

    public static ChecksumManifest parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 3);
            if (parts.length < 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("bad checksum manifest line: " + line);
            }
            boolean withSize = parts.length == 3 && parts[1].matches("\\d+");
            String path = withSize ? parts[2] : trimmed.substring(parts[0].length()).strip();
            entries.add(new Entry(parts[0].toLowerCase(), withSize ? Long.parseLong(parts[1]) : -1,
                    path.startsWith("*") ? path.substring(1) : path));
        }
        return new ChecksumManifest(entries);
    }

    public static ChecksumManifest fromResource(String resource) {
        try (InputStream in = ChecksumManifest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("checksum manifest " + resource + " is missing from the jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChecksumManifest fromFile(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new ModelException("cannot read the checksum manifest " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks every listed file under {@code dir}; throws a {@link ModelException} naming each missing or
     * different file.
     */
    public void verify(Path dir, com.voiceqa.asr.ProgressListener progress) {
        List<String> problems = new ArrayList<>();
        long total = entries.stream().mapToLong(e -> Math.max(0, e.bytes())).sum();
        long done = 0;
        for (Entry entry : entries) {
            Path file = dir.resolve(entry.path()).normalize();
            try {
                if (!file.startsWith(dir.normalize()) || !Files.isRegularFile(file)) {
                    problems.add(entry.path() + " is missing");
                } else if (entry.bytes() >= 0 && Files.size(file) != entry.bytes()) {
                    problems.add(entry.path() + " has " + Files.size(file) + " bytes, expected " + entry.bytes());
                } else if (!sha256(file).equals(entry.sha256())) {
                    problems.add(entry.path() + " has the wrong sha256 (damaged or a different model version)");
                }
            } catch (IOException e) {
                problems.add(entry.path() + " cannot be read: " + e.getMessage());
            }
            done += Math.max(0, entry.bytes());
            progress.progress(done, total);
        }
        if (!problems.isEmpty()) {
            throw new ModelException("the speech model in " + dir + " failed checksum verification: "
                    + String.join("; ", problems) + ". Delete it and download it again, or fetch a good copy");
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
