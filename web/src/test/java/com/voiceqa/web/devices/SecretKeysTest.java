package com.voiceqa.web.devices;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The device-secret keys on a real folder: created once, rotated by retiring the file, or given by environment. */
class SecretKeysTest {

    @TempDir
    Path data;

    @Test
    void aRetiredKeyStillDecryptsAndItsSecretsAreMarkedForReencryption() throws Exception {
        Path keys = data.resolve("keys");
        DeviceSecretCipher before = new DeviceSecretCipher(new SecretKeys(keys, Optional.empty()));
        String stored = before.encrypt("badge-1", "s3cret-of-badge-one");
        assertEquals("s3cret-of-badge-one", new DeviceSecretCipher(new SecretKeys(keys, Optional.empty()))
                .decrypt("badge-1", stored), "the key file is reused across restarts");

        Files.move(keys.resolve(SecretKeys.CURRENT_FILE), keys.resolve("retired-2026-12.key"));
        DeviceSecretCipher after = new DeviceSecretCipher(new SecretKeys(keys, Optional.empty()));

        assertTrue(after.needsReencryption(stored));
        assertEquals("s3cret-of-badge-one", after.decrypt("badge-1", stored));
        String reencrypted = after.encrypt("badge-1", after.decrypt("badge-1", stored));
        assertFalse(after.needsReencryption(reencrypted));
        assertNotEquals(stored.split(":")[1], reencrypted.split(":")[1], "a new key id");
    }

    @Test
    void aSecretDoesNotDecryptForAnotherDeviceNorWithoutItsKey() {
        DeviceSecretCipher cipher = new DeviceSecretCipher(new SecretKeys(data.resolve("keys"), Optional.empty()));
        String stored = cipher.encrypt("badge-1", "s3cret-of-badge-one");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("badge-2", stored), "bound to its device");

        String environmentKey = Base64.getEncoder().encodeToString(new byte[32]);
        DeviceSecretCipher elsewhere = new DeviceSecretCipher(new SecretKeys(data.resolve("other"),
                Optional.of(environmentKey)));
        var missing = assertThrows(IllegalStateException.class, () -> elsewhere.decrypt("badge-1", stored));
        assertTrue(missing.getMessage().contains("rotate"), missing.getMessage());
        assertFalse(Files.exists(data.resolve("other")), "with VOICEQA_SECRET_KEY no key file is written");
    }

    @Test
    void aKeyFileOthersCanReadIsReported() throws Exception {
        Path keys = data.resolve("keys");
        new SecretKeys(keys, Optional.empty());
        Path file = keys.resolve(SecretKeys.CURRENT_FILE);
        assertFalse(SecretKeys.warnIfReadableByOthers(file), "created owner-only");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(SecretKeys.warnIfReadableByOthers(file));
    }

    @Test
    void plaintextFromBeforeEncryptionIsReadAndMarkedForReencryption() {
        DeviceSecretCipher cipher = new DeviceSecretCipher(new SecretKeys(data.resolve("keys"), Optional.empty()));
        assertTrue(cipher.needsReencryption("legacy-plain-secret-123"));
        assertEquals("legacy-plain-secret-123", cipher.reveal("badge-1", "legacy-plain-secret-123"));
    }
}
