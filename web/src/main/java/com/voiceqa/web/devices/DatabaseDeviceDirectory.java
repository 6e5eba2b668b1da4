package com.voiceqa.web.devices;

import com.voiceqa.gateway.auth.DeviceDirectory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's view of the registered devices. The gateway asks on Netty event loops, so secrets are served from
 * memory: loaded at start and refreshed on every register / rotate / delete (all go through {@link DeviceService}).
 * Also tracks which devices have a call open, for "online" in the device list.
 */
@Component
public class DatabaseDeviceDirectory implements DeviceDirectory {

    private final DeviceRepository devices;
    private volatile Map<String, byte[]> secrets = Map.of();
    private final Set<String> online = ConcurrentHashMap.newKeySet();

    public DatabaseDeviceDirectory(DeviceRepository devices) {
        this.devices = devices;
        refresh();
    }

    @Override
    public Optional<byte[]> secret(String deviceId) {
        return Optional.ofNullable(secrets.get(deviceId));
    }

    public void refresh() {
        Map<String, byte[]> loaded = new ConcurrentHashMap<>();
        devices.secrets().forEach((id, secret) -> loaded.put(id, secret.getBytes(StandardCharsets.UTF_8)));
        secrets = loaded;
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
