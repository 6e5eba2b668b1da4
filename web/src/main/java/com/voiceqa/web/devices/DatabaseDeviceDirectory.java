package com.voiceqa.web.devices;

import com.voiceqa.gateway.auth.DeviceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's view of the registered devices. The gateway asks on Netty event loops, so secrets are served from
 * memory, decrypted: loaded at start and refreshed on every register / rotate / delete (all go through
 * {@link DeviceService}). The database holds them only encrypted ({@link DeviceSecretCipher}).
 * Also tracks which devices have a call open, for "online" in the device list.
 */
@Component
public class DatabaseDeviceDirectory implements DeviceDirectory {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDeviceDirectory.class);

    private final DeviceRepository devices;
    private final DeviceSecretCipher cipher;
    private volatile Map<String, byte[]> secrets = Map.of();
    private final Set<String> online = ConcurrentHashMap.newKeySet();

    public DatabaseDeviceDirectory(DeviceRepository devices, DeviceSecretCipher cipher) {
        this.devices = devices;
        this.cipher = cipher;
        encryptUnderCurrentKey();
        refresh();
    }

    /**
     * Re-encrypts under the current key every stored secret that is not: plaintext from a database made before
     * secrets were encrypted, or a secret under a retired key (key rotation).
     */
    private void encryptUnderCurrentKey() {
        devices.secrets().forEach((id, stored) -> {
            if (cipher.needsReencryption(stored)) {
                reveal(id, stored).ifPresent(secret -> devices.updateSecret(id, cipher.encrypt(id, secret)));
            }
        });
    }

    @Override
    public Optional<byte[]> secret(String deviceId) {
        return Optional.ofNullable(secrets.get(deviceId));
    }

    public void refresh() {
        Map<String, byte[]> loaded = new ConcurrentHashMap<>();
        devices.secrets().forEach((id, stored) -> reveal(id, stored)
                .ifPresent(secret -> loaded.put(id, secret.getBytes(StandardCharsets.UTF_8))));
        secrets = loaded;
    }

    /** The secret, or empty (logged) when it cannot be decrypted: that device cannot log in until rotated. */
    private Optional<String> reveal(String deviceId, String stored) {
        try {
            return Optional.of(cipher.reveal(deviceId, stored));
        } catch (IllegalStateException e) {
            log.error("device {} cannot log in: {}", deviceId, e.getMessage());
            return Optional.empty();
        }
    }

    public void callStarted(String deviceId) {
        online.add(deviceId);
    }

    public void callEnded(String deviceId) {
        online.remove(deviceId);
    }

    public boolean isOnline(String deviceId) {
        return online.contains(deviceId);
    }
}
