package com.voiceqa.badge;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The badge handshake's proof of the device secret: {@code HMAC-SHA256(secret, "VQB1-AUTH" || nonce || deviceId)}.
 * The server draws a fresh 32-byte nonce per connection and allows one answer, so a recorded answer is worthless on
 * any other connection (replay-proof); the device id in the MAC binds the answer to the device that asked.
 */
public final class ChallengeResponse {

    public static final int NONCE_BYTES = 32;
    private static final byte[] DOMAIN = "VQB1-AUTH".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChallengeResponse() {
    }

    public static byte[] newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    /** What the device sends in AUTH. */
    public static byte[] answer(byte[] secret, byte[] nonce, String deviceId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(DOMAIN);
            mac.update(nonce);
            mac.update(deviceId.getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time check of a device's answer. */
    public static boolean verify(byte[] secret, byte[] nonce, String deviceId, byte[] answer) {
        return MessageDigest.isEqual(answer(secret, nonce, deviceId), answer);
    }
}
