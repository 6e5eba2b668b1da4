package com.voiceqa.asr.bench;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N live mono streams fed in 0.2 s chunks paced in real time. Latency of a chunk: from the moment it was fed to
 * the end of the decoding turn that covered it (when its partial result, if the text changed, was delivered).
 */
final class LiveStreamsBench {

    static final double CHUNK_SECONDS = 0.2;

    /**
     * @param cpuCores     CPU the process used during the run, in cores
     * @param cpuPerSecond CPU seconds spent per second of audio of one stream (the per-stream cost)
     */
    record Result(int streams, String start, double p50, double p95, double max, int chunks, int backpressured,
                  double cpuCores, double cpuPerSecond) {
        boolean sustained() {
            return p95 < 0.5;
        }
    }

    private LiveStreamsBench() {
    }

    /**
     * @param pcm           16-bit mono audio at {@code rate}, looped to fill each stream
     * @param spreadSeconds streams start evenly over this window (0.2 s = all together)
     */
    static Result run(AsrEngine engine, byte[] pcm, int rate, int streams, double seconds, double spreadSeconds,
                      String startLabel) throws Exception {
        int chunkBytes = (int) (rate * CHUNK_SECONDS) * 2;
        int chunksPerStream = (int) Math.round(seconds / CHUNK_SECONDS);
        long[][] fedAt = new long[streams][chunksPerStream];
        double[][] latency = new double[streams][chunksPerStream];
        AtomicInteger backpressured = new AtomicInteger();
        List<CompletableFuture<Transcript>> results = new ArrayList<>();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        List<ScheduledFuture<?>> feeders = new ArrayList<>();
        long cpuBefore = CpuTime.processNanos();
        long wallBefore = System.nanoTime();
        try {
            for (int s = 0; s < streams; s++) {
                int stream = s;
                CompletableFuture<Transcript> done = new CompletableFuture<>();
                results.add(done);
                AsrSession session = engine.open(new StreamFormat(rate, ChannelLayout.MONO),
                        new LatencyRecorder(fedAt[stream], latency[stream]));
                int[] next = {0};
                int phase = (stream * 37 % 40) * chunkBytes; // streams play different parts of the audio
                long delayMicros = (long) (spreadSeconds * 1e6 * stream / streams);
                feeders.add(pacer.scheduleAtFixedRate(() -> {
                    int i = next[0]++;
                    if (i >= chunksPerStream) {
                        if (i == chunksPerStream) {
                            session.finish().whenComplete((t, e) -> complete(done, t, e, session));
                        }
                        return;
                    }
                    byte[] chunk = loop(pcm, phase + i * chunkBytes, chunkBytes);
                    fedAt[stream][i] = System.nanoTime();
                    if (!session.feed(chunk, 0, chunk.length)) {
                        backpressured.incrementAndGet();
                    }
                }, delayMicros, (long) (CHUNK_SECONDS * 1e6), TimeUnit.MICROSECONDS));
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get((long) (seconds * 4 + 120), TimeUnit.SECONDS);
        } finally {
            feeders.forEach(f -> f.cancel(false));
            pacer.shutdownNow();
        }
        long cpuNanos = CpuTime.processNanos() - cpuBefore;
        double cpuCores = cpuNanos / (double) (System.nanoTime() - wallBefore);
        double[] all = Arrays.stream(latency).flatMapToDouble(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        return new Result(streams, startLabel, percentile(all, 0.5), percentile(all, 0.95), all[all.length - 1],
                all.length, backpressured.get(), cpuCores, cpuNanos / 1e9 / (streams * seconds));
    }

    private static void complete(CompletableFuture<Transcript> done, Transcript t, Throwable e, AsrSession session) {
        session.close();
        if (e != null) {
            done.completeExceptionally(e);
        } else {
            done.complete(t);
        }
    }

    /** {@code length} bytes of {@code pcm} from {@code from}, wrapping around at its end. */
    static byte[] loop(byte[] pcm, int from, int length) {
        byte[] chunk = new byte[length];
        for (int i = 0, at = from % pcm.length; i < length; ) {
            int n = Math.min(length - i, pcm.length - at);
            System.arraycopy(pcm, at, chunk, i, n);
            i += n;
            at = 0;
        }
        return chunk;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** Turns the session's progress reports into per-chunk latencies. */
    private static final class LatencyRecorder implements TranscriptListener {
        private final long[] fedAt;
        private final double[] latency;
        private int covered;

        LatencyRecorder(long[] fedAt, double[] latency) {
            this.fedAt = fedAt;
            this.latency = latency;
        }

        @Override
        public void onSegment(Segment segment) {
        }

        @Override
        public void onProgress(double audioSeconds) {
            long now = System.nanoTime();
            int decoded = Math.min(fedAt.length, (int) Math.round(audioSeconds / CHUNK_SECONDS));
            for (; covered < decoded; covered++) {
                latency[covered] = (now - fedAt[covered]) / 1e9;
            }
        }
    }
}
