package com.voiceqa.web.devices;

import com.voiceqa.gateway.auth.SecretFiles;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.users.Passwords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The AES-256 keys that encrypt device secrets in the database, kept outside it: {@code VOICEQA_SECRET_KEY} (32
 * bytes, base64) if set, else {@code <data>/keys/device-secrets.key} (created on first start, owner-only: folder 0700,
 * file 0600). The current key encrypts; every {@code *.key} file in {@code keys/} decrypts, so a key is rotated by
 * renaming the old file (e.g. {@code retired-2026-12.key}) and restarting: a new key is made and every secret
 * re-encrypted with it, after which the retired file can be deleted. Each key is known by an id (the first 8 bytes
 * of its SHA-256, in hex) stored with each secret.
 */
@Component
public class SecretKeys {

    static final String ENVIRONMENT_VARIABLE = "VOICEQA_SECRET_KEY";
    static final String CURRENT_FILE = "device-secrets.key";
    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);
    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> byId;

    @Autowired
    public SecretKeys(VoiceQaProperties properties) {
        this(properties.dataPath().resolve("keys"), Optional.ofNullable(System.getenv(ENVIRONMENT_VARIABLE)));
    }

    SecretKeys(Path folder, Optional<String> environmentKey) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        try {
            SecretKey current = environmentKey.isPresent()
                    ? key(decode(environmentKey.get(), ENVIRONMENT_VARIABLE))
                    : key(readOrCreate(folder));
            if (Files.isDirectory(folder)) {
                try (var files = Files.newDirectoryStream(folder, "*.key")) {
                    for (Path file : files) {
                        SecretKey k = key(decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString()));
                        keys.put(id(k), k);
                    }
                }
            }
            this.currentId = id(current);
            keys.put(currentId, current);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the device-secret keys in " + folder + ": " + e.getMessage()
                    + "; the folder must be readable by the product's user only", e);
        }
        this.byId = Map.copyOf(keys);
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return byId.get(currentId);
    }

    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static byte[] readOrCreate(Path folder) throws IOException {
        Path file = folder.resolve(CURRENT_FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            String encoded = Base64.getEncoder().encodeToString(Passwords.randomBytes(KEY_BYTES));
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
                log.info("created the device-secret key {}: back it up with the database, keep it away from it", file);
            } catch (FileAlreadyExistsException raced) {
                // another start created it meanwhile: use that one
            }
        }
        warnIfReadableByOthers(file);
        return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    /** A key others can read protects nothing; the product still starts (the operator may be mid-migration). */
    static boolean warnIfReadableByOthers(Path file) {
        Optional<String> exposed = SecretFiles.exposedPermissions(file);
        exposed.ifPresent(permissions -> log.warn("{} is {}: other users can read the key that protects every device "
                + "secret; run chmod 600 {}", file, permissions, file));
        return exposed.isPresent();
    }

    private static byte[] decode(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold a 32-byte key in base64 (e.g. openssl rand -base64 32)");
        }
        return key;
    }

    private static SecretKey key(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }

    private static String id(SecretKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
