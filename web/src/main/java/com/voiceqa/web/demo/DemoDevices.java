package com.voiceqa.web.demo;

import com.voiceqa.sim.SimulateCommand;
import com.voiceqa.web.devices.DeviceService;
import com.voiceqa.web.live.GatewayBridge;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The demo's simulated devices: the first {@value #COUNT} device ids of {@code ./voiceqa simulate}, assigned to a
 * rep, with a secret generated on every demo start, and the one-line command that streams a call from them.
 */
@Component
class DemoDevices {

    static final int COUNT = 4;

    private final DeviceService devices;
    private final GatewayBridge gateway;

    DemoDevices(DeviceService devices, GatewayBridge gateway) {
        this.devices = devices;
        this.gateway = gateway;
    }

    /** Registers the simulator's devices for {@code repId} and returns the command to run, if the gateway runs. */
    Optional<String> register(long repId, String account, Path callsDir) {
        if (gateway.badgePort() < 0) {
            return Optional.empty();
        }
        String secret = DeviceService.newSecret();
        for (int i = 0; i < COUNT; i++) {
            devices.registerWithSecret(SimulateCommand.deviceId(i), repId, secret);
        }
        Path wav = callsDir.resolve("call-0001.wav");
        String shown = Files.isReadable(wav) ? Path.of("").toAbsolutePath().relativize(wav).toString() : "CALL.wav";
        return Optional.of("./voiceqa simulate --badges 1 --real-time --wav " + shown + " --account " + account
                + " --secret " + secret + " --badge-port " + gateway.badgePort() + " --ws-port " + gateway.webSocketPort());
    }
}
