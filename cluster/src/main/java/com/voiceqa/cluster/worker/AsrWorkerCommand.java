package com.voiceqa.cluster.worker;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.model.ModelResolver;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.asr.AsrWorker;
import com.voiceqa.cluster.ClusterKafka;
import com.voiceqa.cluster.NodeName;
import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UntilStopped;
import com.voiceqa.core.cli.UserError;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code ./voiceqa asr-worker}: see the package. */
public final class AsrWorkerCommand implements CliCommand {

    static final String USAGE = "asr-worker --kafka HOST:PORT[,HOST:PORT] --model DIR [--group G] [--node NAME]  "
            + "decode calls' audio from Kafka in a consumer group (one worker per audio partition)";
    static final String DEFAULT_GROUP = "asr";
    /** A progress line at most this often, and only when something changed. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "asr-worker";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String kafka = null;
        Path model = null;
        String group = DEFAULT_GROUP;
        NodeName node = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--kafka" -> kafka = CliArgs.value(args, ++i, arg, USAGE);
                case "--model" -> model = Path.of(CliArgs.value(args, ++i, arg, USAGE));
                case "--group" -> group = new NodeName(CliArgs.value(args, ++i, arg, USAGE)).value();
                case "--node" -> node = new NodeName(CliArgs.value(args, ++i, arg, USAGE));
                default -> throw new UserError("unexpected argument '" + arg + "'. Usage: " + USAGE);
            }
        }
        NodeName name = node != null ? node : NodeName.ofThisProcess();
        KafkaSettings settings = ClusterKafka.connect(kafka, ClusterKafka.CONNECT_TIMEOUT);
        Path modelDir = resolveModel(model);
        // a call may pause (the badge out of reach) and resume on another gateway: keep its recognizer that long
        AsrEngine engine = AsrEngine.load(AsrConfig.of(modelDir).withIdleTimeout(Duration.ofHours(1)));
        AsrWorker worker = new AsrWorker(settings, group, name.value(), engine);
        UntilStopped stopped = UntilStopped.onShutdown("voiceqa-asr-worker", () -> {
            try {
                worker.close(); // commits what is done, then leaves the group
            } finally {
                engine.close();
            }
        });
        err.printf("asr-worker %s: group %s on %s, model %s%n", name, group, settings.bootstrapServers(), modelDir);
        AsrWorker.Progress last = null;
        while (!stopped.await(PROGRESS_EVERY.toMillis())) {
            AsrWorker.Progress now = worker.progress();
            if (!now.equals(last)) {
                err.printf("asr-worker %s: %d calls decoding, %d calls completed, %d segments published, "
                        + "partitions %s%n", name, now.callsDecoding(), now.callsCompleted(), now.segmentsPublished(),
                        worker.assignment().stream().map(tp -> tp.partition()).sorted().toList());
                last = now;
            }
        }
        return 0;
    }

    private static Path resolveModel(Path model) {
        try {
            return ModelResolver.fromEnvironment().resolve(model, (done, total) -> { });
        } catch (RuntimeException e) {
            throw new UserError("no speech model: " + e.getMessage(), e);
        }
    }
}
