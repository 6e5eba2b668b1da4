package com.voiceqa.gateway.auth;

import com.voiceqa.core.id.DeviceId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default device directory: a text file with one device per line, {@code <device-id> <secret>}, blank lines and
 * {@code #} comments ignored. The secret's UTF-8 bytes are the HMAC key; it must be at least 16 characters.
 */
public final class FileDeviceDirectory implements DeviceDirectory {

    static final int MIN_SECRET_LENGTH = 16;

    private final Map<String, byte[]> secrets;

    private FileDeviceDirectory(Map<String, byte[]> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    public static FileDeviceDirectory load(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static FileDeviceDirectory parse(List<String> lines, String source) {
        Map<String, byte[]> secrets = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String where = source + " line " + (i + 1);
            if (parts.length != 2) {
                throw new IllegalArgumentException(where + ": expected '<device-id> <secret>'");
            }
            try {
                DeviceId.registrable(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            if (parts[1].length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException(where + ": the secret of " + parts[0] + " is shorter than "
                        + MIN_SECRET_LENGTH + " characters; generate one with: openssl rand -hex 32");
            }
            if (secrets.put(parts[0], parts[1].getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException(where + ": device " + parts[0] + " is listed twice");
            }
        }
        return new FileDeviceDirectory(secrets);
    }

    /** A directory of the given devices, for embedding and tests. */
    public static FileDeviceDirectory of(Map<String, String> deviceSecrets) {
        Map<String, byte[]> secrets = new HashMap<>();
        deviceSecrets.forEach((id, secret) -> secrets.put(id, secret.getBytes(StandardCharsets.UTF_8)));
        return new FileDeviceDirectory(secrets);
    }

    @Override
    public Optional<byte[]> secret(String deviceId) {
        return Optional.ofNullable(secrets.get(deviceId));
    }

    public int size() {
        return secrets.size();
    }
}
