package com.voiceqa.web.devices;

import com.voiceqa.core.id.DeviceId;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.users.Passwords;
import com.voiceqa.web.users.UserRepository;
import org.springframework.stereotype.Service;

import java.util.Base64;
import java.util.List;

/**
 * Device registration. A secret is 32 random bytes (base64, used as text: the HMAC key of the badge handshake and
 * the WebSocket token); it is returned only by register and rotate, never listed, and stored encrypted
 * ({@link DeviceSecretCipher}).
 */
@Service
public class DeviceService {

    private final DeviceRepository devices;
    private final DatabaseDeviceDirectory directory;
    private final UserRepository users;
    private final DeviceSecretCipher cipher;

    public DeviceService(DeviceRepository devices, DatabaseDeviceDirectory directory, UserRepository users,
                         DeviceSecretCipher cipher) {
        this.devices = devices;
        this.directory = directory;
        this.users = users;
        this.cipher = cipher;
    }

    public List<DeviceView> list() {
        return devices.list(directory::isOnline);
    }

    public WithSecret register(String deviceId, String name, Long repId) {
        try {
            DeviceId.registrable(deviceId);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("deviceId: " + e.getMessage());
        }
        if (devices.exists(deviceId)) {
            throw ApiException.conflict("device '" + deviceId + "' is registered already; rotate its secret instead");
        }
        if (repId != null && users.principal(repId).isEmpty()) {
            throw ApiException.badRequest("user " + repId + " does not exist");
        }
        String secret = newSecret();
        long id = devices.insert(deviceId, name == null || name.isBlank() ? deviceId : name, repId,
                cipher.encrypt(deviceId, secret));
        directory.refresh();
        return new WithSecret(find(id), secret);
    }

    /**
     * Registers {@code deviceId} with a given secret for a rep, or gives the registered device that secret: the demo's
     * simulated badges, which all share the one secret the simulator is started with.
     */
    public void registerWithSecret(String deviceId, long repId, String secret) {
        String stored = cipher.encrypt(deviceId, secret);
        if (devices.exists(deviceId)) {
            devices.updateSecret(deviceId, stored);
        } else {
            devices.insert(deviceId, deviceId, repId, stored);
        }
        directory.refresh();
    }

    public WithSecret rotate(long id) {
        String deviceId = devices.deviceId(id).orElseThrow(() -> ApiException.notFound("device " + id));
        String secret = newSecret();
        devices.updateSecret(deviceId, cipher.encrypt(deviceId, secret));
        directory.refresh();
        return new WithSecret(find(id), secret);
    }

    public void delete(long id) {
        if (devices.delete(id) == 0) {
            throw ApiException.notFound("device " + id);
        }
        directory.refresh();
    }

    private DeviceView find(long id) {
        return list().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public static String newSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Passwords.randomBytes(32));
    }

    /** A device with its secret: the only answers that carry it. */
    public record WithSecret(DeviceView device, String secret) {
    }
}
