package com.voiceqa.web.demo;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.NewCall;
import com.voiceqa.web.pipeline.RecordingMetrics;
import com.voiceqa.web.users.PasswordNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code --demo}: creates the demo team and users and loads the labeled sample calls, each scored by the active
 * rules and indexed for search and, where the call was rendered to audio, with acoustic metrics measured from the audio and the recording
 * playable. Calls already loaded are kept, so restarting the demo is quick; a call whose loading was interrupted is
 * loaded again.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "voiceqa.demo", havingValue = "true")
public class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    /** The rep the simulated badges belong to; the first industry's first account is hers too. */
    private static final String SIMULATED_REP = "limin";

    private final DemoUsers users;
    private final DemoDevices devices;
    private final AccountRepository accounts;
    private final CallStore store;
    private final CallIngest ingest;
    private final VoiceQaProperties properties;
    private final JsonMapper json;
    private final Environment environment;
    private final DemoOutcomes outcomes;

    public DemoLoader(DemoUsers users, DemoDevices devices, AccountRepository accounts, CallStore store,
                      CallIngest ingest, VoiceQaProperties properties, JsonMapper json, Environment environment,
                      DemoOutcomes outcomes) {
        this.users = users;
        this.devices = devices;
        this.accounts = accounts;
        this.store = store;
        this.ingest = ingest;
        this.properties = properties;
        this.json = json;
        this.environment = environment;
        this.outcomes = outcomes;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Map<String, String> passwords = users.ensure();
        Path dir = properties.sharedPath().resolve("test-audio/calls");
        int loaded = 0;
        if (!Files.isDirectory(dir)) {
            log.warn("demo: no labeled calls at {}; start from the repository root with ../shared beside it, or set "
                    + "--voiceqa.shared-dir=DIR. The dashboard starts empty.", dir);
        } else {
            loaded = load(dir);
            outcomes.ensure(DemoAccounts.all());
        }
        StringBuilder banner = new StringBuilder("\n=====================================================================\n"
                + " VoiceQA demo: " + loaded + " new sample calls loaded from " + dir + "\n Log in at http://localhost:"
                + environment.getProperty("local.server.port", "8080") + "/ with:\n");
        passwords.forEach((user, password) -> banner.append(String.format("   %-8s  password: %s%n", user, password)));
        devices.register(users.id(SIMULATED_REP), DemoAccounts.name("b2b_saas", 0), dir).ifPresent(command -> banner
                .append(" Stream a live call from a simulated badge (it shows on 实时监控, then in 通话):\n   ")
                .append(command).append('\n'));
        banner.append(" Demo data: ").append(properties.dataPath()).append(" (a plain ./voiceqa serve uses ~/.voiceqa)\n");
        banner.append("=====================================================================");
        PasswordNotice.print(banner.toString());
    }

    private int load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("call-\\d+\\.json")).sorted().toList();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        int loaded = 0;
        for (int i = 0; i < files.size(); i++) {
            LabeledCall call = LabeledCall.from(json.readTree(files.get(i).toFile()), dir);
            if (store.isDone(call.id())) {
                continue;
            }
            try {
                store(call, i, now.minus(Duration.ofHours(7L * i + 1)));
                loaded++;
            } catch (RuntimeException e) {
                log.error("demo: call {} could not be loaded: {}", call.id(), e.getMessage(), e);
            }
        }
        return loaded;
    }

    private void store(LabeledCall call, int ordinal, Instant startedAt) {
        String rep = ordinal % 2 == 0 ? "limin" : "zhaolei";
        long repId = users.id(rep);
        String account = DemoAccounts.name(call.industry(), ordinal);
        long accountId = accounts.ensure(account, repId);
        CallMetrics metrics = call.stereoWav() == null ? null
                : RecordingMetrics.measure(call.stereoWav(), ChannelLayout.REP_CUSTOMER, call.segments());
        NewCall newCall = store.register(new NewCall(call.id(), "demo", repId, accountId, "demo-import", startedAt,
                call.durationSeconds(), call.stereoWav(), ChannelLayout.REP_CUSTOMER));
        ingest.finish(newCall, call.durationSeconds(), call.segments(), metrics);
    }
}
