package com.voiceqa.core.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A call's identity in the gateway: the device and the device's own call id. Devices choose their call ids, so two
 * devices may pick the same one (by accident or to overwrite another's call); the pair is unique, and
 * {@link #productId()} gives the layers above one flat id derived from it.
 */
public record CallKey(DeviceId device, CallId call) {

    private static final String PRODUCT_ID_PREFIX = "dev-";

    public CallKey {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(call, "call");
    }

    /**
     * The id of this call in the product (36 characters): {@code dev-} and 128 bits of SHA-256 over device and call
     * id. Stable across restarts (a recovered call keeps it), unique across devices (no device can choose another's),
     * and distinct from ids the product makes itself (uploads, demo calls).
     */
    public String productId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((device.value() + "/" + call.value()).getBytes(StandardCharsets.US_ASCII));
            return PRODUCT_ID_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return device + "/" + call;
    }
}
