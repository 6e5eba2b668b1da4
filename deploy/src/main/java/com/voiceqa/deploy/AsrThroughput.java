package com.voiceqa.deploy;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.KafkaTopics;
import com.voiceqa.bus.kafka.asr.AsrWorker;
import com.voiceqa.bus.kafka.asr.SegmentRecord;
import com.voiceqa.bus.kafka.asr.TranscriptAssembler;
import com.voiceqa.bus.kafka.audio.KafkaAudioLog;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * How much audio the cluster's ASR workers decode per second of wall time:
 * {@code java -cp ... com.voiceqa.deploy.AsrThroughput KAFKA MODEL_DIR WAV CALLS WORKERS}. Appends CALLS copies of the
 * 16-bit WAV to fresh topics as a gateway would (0.2 s chunks), starts WORKERS ASR workers in one consumer group, each
 * with its own engine (as separate processes have), and waits until every call's transcript is complete. Prints the
 * audio-seconds decoded per wall-second (how many live calls the workers keep up with) and calls per second. Run it on
 * an idle machine: a loaded one measures the load. The time runs from the workers joining the group (models are loaded
 * before) until the last transcript is complete.
 */
public final class AsrThroughput {

    private AsrThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java -cp ... com.voiceqa.deploy.AsrThroughput KAFKA MODEL_DIR WAV CALLS WORKERS");
            System.exit(2);
        }
        int calls = Integer.parseInt(args[3]);
        int workers = Integer.parseInt(args[4]);
        KafkaSettings settings = KafkaSettings.of(args[0]).withTopicPrefix("throughput-" + System.currentTimeMillis() + ".");
        KafkaTopics.create(settings, Math.max(workers, 2) * 2, (short) 1);
        AudioInputStream wav = AudioSystem.getAudioInputStream(Path.of(args[2]).toFile());
        AudioFormat format = wav.getFormat();
        StreamFormat stream = new StreamFormat((int) format.getSampleRate(),
                ChannelLayout.forChannels(format.getChannels()));
        byte[] pcm = wav.readAllBytes();
        double audioSeconds = pcm.length / (double) (stream.sampleRate() * stream.frameBytes()) * calls;

        List<CallKey> keys = IntStream.range(0, calls)
                .mapToObj(i -> new CallKey(new DeviceId("bench-" + i), new CallId("call-" + i))).toList();
        try (KafkaAudioLog log = new KafkaAudioLog(settings, "bench-gateway", KafkaAudioLog.DEFAULT_MAX_PENDING_BYTES)) {
            List<CompletableFuture<Void>> appends = new ArrayList<>();
            int chunkBytes = stream.frameBytes() * stream.sampleRate() / 5;
            for (CallKey key : keys) {
                for (int seq = 0; seq * chunkBytes < pcm.length; seq++) {
                    byte[] piece = Arrays.copyOfRange(pcm, seq * chunkBytes, Math.min(pcm.length, (seq + 1) * chunkBytes));
                    appends.add(log.append(seq == 0 ? AudioChunk.first(key, stream, piece)
                            : AudioChunk.next(key, seq, piece)));
                }
                appends.add(log.end(key, (pcm.length + chunkBytes - 1) / chunkBytes));
            }
            CompletableFuture.allOf(appends.toArray(CompletableFuture[]::new)).join();
        }
        System.out.printf("%d calls, %.0f s of audio in Kafka; %d worker(s) decoding...%n", calls, audioSeconds, workers);

        List<AsrEngine> engines = new ArrayList<>();
        List<AsrWorker> running = new ArrayList<>();
        long start;
        try {
            for (int w = 0; w < workers; w++) {
                engines.add(AsrEngine.load(AsrConfig.of(Path.of(args[1]))));
            }
            start = System.nanoTime(); // from joining the group: model loading is not decoding
            for (int w = 0; w < workers; w++) {
                running.add(new AsrWorker(settings, "bench", "bench-worker-" + w, engines.get(w)));
            }
            awaitTranscripts(settings, keys);
        } finally {
            for (AsrWorker worker : running) {
                worker.close();
            }
            engines.forEach(AsrEngine::close);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d worker(s): %.1f audio-s per wall-s (%.2f calls/s), %.0f s wall for %.0f s of audio%n",
                workers, audioSeconds / wall, calls / wall, wall, audioSeconds);
    }

    private static void awaitTranscripts(KafkaSettings settings, List<CallKey> keys) {
        TranscriptAssembler assembler = new TranscriptAssembler();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, "bench-reader", "bench-reader",
                "earliest")) {
            List<TopicPartition> all = IntStream.range(0, consumer.partitionsFor(settings.segmentsTopic()).size())
                    .mapToObj(p -> new TopicPartition(settings.segmentsTopic(), p)).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            while (!keys.stream().allMatch(k -> assembler.segments(k.productId()).isPresent())) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    assembler.accept(SegmentRecord.decode(record.key(), record.value()));
                }
            }
        }
    }
}
