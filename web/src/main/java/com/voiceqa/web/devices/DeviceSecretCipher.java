package com.voiceqa.web.devices;

import com.voiceqa.web.users.Passwords;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts device secrets for the database: AES-256-GCM under {@link SecretKeys}' current key, a fresh 12-byte IV
 * each time, the device id as associated data (a stored secret cannot be moved to another device's row). Stored as
 * {@code v1:<key id>:<base64(iv ‖ ciphertext ‖ tag)>}, so a stolen database without the key file holds no usable
 * secret, and the key id says which key decrypts it.
 */
@Component
public class DeviceSecretCipher {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeys keys;

    public DeviceSecretCipher(SecretKeys keys) {
        this.keys = keys;
    }

    String encrypt(String deviceId, String secret) {
        byte[] iv = Passwords.randomBytes(IV_BYTES);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.current(), iv, deviceId, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return VERSION + ":" + keys.currentId() + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /** @throws IllegalStateException when the value is not one of ours or its key is missing (names what to do) */
    String decrypt(String deviceId, String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalStateException("the secret of device " + deviceId + " is not encrypted");
        }
        SecretKey key = keys.byId(parts[1]).orElseThrow(() -> new IllegalStateException("the secret of device "
                + deviceId + " is encrypted with key " + parts[1] + ", which is not in keys/ nor "
                + SecretKeys.ENVIRONMENT_VARIABLE + "; restore that key file or rotate the device's secret"));
        byte[] data = Base64.getDecoder().decode(parts[2]);
        byte[] iv = Arrays.copyOf(data, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(data, IV_BYTES, data.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, deviceId, sealed), StandardCharsets.UTF_8);
    }

    /** True when the value is stored in plaintext (a database from before encryption) or under a retired key. */
    boolean needsReencryption(String stored) {
        return !stored.startsWith(VERSION + ":" + keys.currentId() + ":");
    }

    /** The secret a stored value holds: decrypted, or as it is when stored in plaintext before encryption. */
    String reveal(String deviceId, String stored) {
        return stored.startsWith(VERSION + ":") ? decrypt(deviceId, stored) : stored;
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, String deviceId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(deviceId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored secret of device " + deviceId + " does not decrypt with its "
                    + "key (altered, or the key file was replaced); rotate the device's secret", e);
        }
    }
}
