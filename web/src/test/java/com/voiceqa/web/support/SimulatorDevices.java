package com.voiceqa.web.support;

import com.voiceqa.sim.SimulateCommand;

import java.util.Map;

/** The simulator's devices the demo registers: tests learn their secret the way an admin would, by rotating it. */
public final class SimulatorDevices {

    private SimulatorDevices() {
    }

    /** Rotates the secret of the simulator's first device (used by {@code simulate --badges 1} or {@code --phones 1}). */
    public static String secret(ApiClient admin) {
        long id = admin.get("/api/devices").json().valueStream()
                .filter(d -> d.get("deviceId").asString().equals(SimulateCommand.deviceId(0)))
                .findFirst().orElseThrow(() -> new AssertionError("the demo registered no simulator device"))
                .get("id").asLong();
        return admin.post("/api/devices/" + id + "/rotate-secret", Map.of()).json().get("secret").asString();
    }
}
