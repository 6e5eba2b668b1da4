package com.voiceqa.rules.bench;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.DimensionScore;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.rules.Severity;
import com.voiceqa.rules.index.CallParties;
import com.voiceqa.rules.index.CallParties.Party;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.LuceneTranscriptIndex;
import com.voiceqa.rules.index.TranscriptIndex;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.rules.text.NormalizedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Indexes generated calls and measures indexing throughput, index size and the latency of typical searches
 * (p50/p95, facets and snippets included), indexing with two threads,, against a linear scan over the same calls in memory in the same run.
 * Rule evaluation is not part of this benchmark (see {@link RulesBenchmark}): each call gets a random score, risk and
 * rule findings. Run:
 * {@code ./mvnw -B -q -pl qa-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.voiceqa.rules.bench.IndexBenchmark -Dexec.args="../shared/test-audio/calls 100000"}; a fourth
 * argument {@code reuse} measures the searches on the index an earlier run with the same count left in the folder.
 */
public final class IndexBenchmark {

    private static final int QUERY_RUNS = 40;
    /** The machine has two cores; smartcn analysis dominates indexing and parallelizes. */
    private static final int INDEX_THREADS = 2;
    private static final List<String> CATEGORIES = List.of("price", "competitor", "service", "quality",
            "non_renewal", "demand_reduction");

    /** A search as the index runs it, and the same search as a predicate for the linear scan. */
    private record Typical(String name, Function<Random, SearchRequest> request,
                           Function<SearchRequest, Predicate<Scanned>> scan) {
    }

    /** A call as the linear scan sees it: normalized texts by role plus the filter fields. */
    private record Scanned(String id, String rep, String risk, Instant startedAt, double score,
                           List<String> customerTexts, List<String> allTexts) {
    }

    public static void main(String[] args) throws IOException {
        BenchData data = new BenchData(BenchData.corpusFromArgs(args));
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Path.of(args.length > 2 ? args[2] : "target/bench-index");
        // "reuse": the index in dir was built by an earlier run with the same count; measure the searches only
        boolean reuse = args.length > 3 && args[3].equals("reuse");
        if (!reuse) {
            deleteRecursively(dir);
        }
        Random random = new Random(7);
        List<Scanned> scanned = new ArrayList<>(count);
        System.out.printf(Locale.ROOT, "indexing %d generated calls into %s; load %s%n", count, dir, BenchData.load());
        long chars = 0;
        long t0 = System.nanoTime();
        try (TranscriptIndex index = LuceneTranscriptIndex.open(dir)) {
            java.util.concurrent.ExecutorService indexers = java.util.concurrent.Executors.newFixedThreadPool(INDEX_THREADS);
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(1000);
            for (int i = 0; i < count; i++) {
                CallRecord call = data.call("call-" + i, 30 + random.nextInt(150), random);
                CallEvaluation evaluation = randomEvaluation(call, random);
                scanned.add(scanned(call, evaluation));
                if (!reuse) {
                    inFlight.acquireUninterruptibly();
                    indexers.execute(() -> {
                        try {
                            index.index(call, parties(call), evaluation);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
                chars += call.utterances().stream().mapToInt(s -> s.text().length()).sum();
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf(Locale.ROOT, "  %d calls, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
            indexers.shutdown();
            try {
                indexers.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            }
            index.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s %d calls (%.1f M characters) in %.0f s: %.0f calls/s; index size %.0f MB%n",
                    reuse ? "reused the index of" : "indexed", count, chars / 1e6, seconds, count / seconds, size(dir) / 1e6);
            System.out.printf(Locale.ROOT, "%-34s %9s %9s %9s %12s %12s %8s%n", "query", "hits", "p50_ms", "p95_ms",
                    "scan_p50_ms", "scan_p95_ms", "scan/p95");
            for (Typical q : typical()) {
                measure(q, index, scanned);
            }
            nearRealTime(index, data, random);
            System.out.printf(Locale.ROOT, "load after: %s%n", BenchData.load());
        }
    }

    private static void measure(Typical q, TranscriptIndex index, List<Scanned> scanned) throws IOException {
        Random random = new Random(q.name().hashCode());
        List<Double> indexTimes = new ArrayList<>();
        List<Double> scanTimes = new ArrayList<>();
        long hits = 0;
        for (int i = 0; i < QUERY_RUNS + 5; i++) {
            SearchRequest request = q.request().apply(random);
            long t0 = System.nanoTime();
            hits = index.search(request).total();
            double indexMs = (System.nanoTime() - t0) / 1e6;
            Predicate<Scanned> predicate = q.scan().apply(request);
            long t1 = System.nanoTime();
            List<Scanned> top = scanned.stream().filter(predicate)
                    .sorted(Comparator.comparing(Scanned::startedAt).reversed()).limit(20).toList();
            double scanMs = (System.nanoTime() - t1) / 1e6;
            if (top.size() > 20) {
                throw new IllegalStateException("unreachable");
            }
            if (i >= 5) {
                indexTimes.add(indexMs);
                scanTimes.add(scanMs);
            }
        }
        indexTimes.sort(Double::compare);
        scanTimes.sort(Double::compare);
        double p95 = BenchData.percentile(indexTimes, 95);
        System.out.printf(Locale.ROOT, "%-34s %9d %9.1f %9.1f %12.1f %12.1f %7.0fx%n", q.name(), hits,
                BenchData.percentile(indexTimes, 50), p95, BenchData.percentile(scanTimes, 50),
                BenchData.percentile(scanTimes, 95), BenchData.percentile(scanTimes, 95) / p95);
    }

    private static List<Typical> typical() {
        List<String> words = List.of("报价", "续约", "售后", "工程师", "价格", "合同", "试用", "投诉");
        return List.of(
                new Typical("word (报价, 续约, 售后 …)", r -> SearchRequest.builder()
                        .query(words.get(r.nextInt(words.size()))).sort(SearchRequest.Sort.NEWEST).build(),
                        req -> c -> containsAll(c.allTexts(), List.of(req.query()))),
                new Typical("customer said \"合同到期\"", r -> SearchRequest.builder().query("\"合同到期\"")
                        .speaker("customer").sort(SearchRequest.Sort.NEWEST).build(),
                        req -> c -> containsAll(c.customerTexts(), List.of("合同到期"))),
                new Typical("AND: 价格 AND 合同", r -> SearchRequest.builder().query("价格 AND 合同")
                        .sort(SearchRequest.Sort.NEWEST).build(),
                        req -> c -> containsAll(c.allTexts(), List.of("价格", "合同"))),
                new Typical("word + rep + risk high", r -> SearchRequest.builder().query("价格")
                        .rep(BenchData.REPS.get(r.nextInt(BenchData.REPS.size()))).risks(List.of("high"))
                        .sort(SearchRequest.Sort.NEWEST).build(),
                        req -> c -> c.rep().equals(req.rep()) && c.risk().equals("high")
                                && containsAll(c.allTexts(), List.of("价格"))),
                new Typical("filters only: rep, score<60, month", r -> {
                    Instant from = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86400L * 30 * r.nextInt(10));
                    return SearchRequest.builder().rep(BenchData.REPS.get(r.nextInt(BenchData.REPS.size())))
                            .maxScore(60.0).from(from).to(from.plusSeconds(86400L * 30))
                            .sort(SearchRequest.Sort.NEWEST).build();
                }, req -> c -> c.rep().equals(req.rep()) && c.score() <= 60 && !c.startedAt().isBefore(req.from())
                        && c.startedAt().isBefore(req.to())));
    }

    /** Index one more call and poll until a search finds it: the near-real-time visibility delay. */
    private static void nearRealTime(TranscriptIndex index, BenchData data, Random random) throws IOException {
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String marker = "标记" + BenchData.randomName(random) + i;
            CallRecord base = data.call("nrt-" + i, 30, random);
            List<Segment> segments = new ArrayList<>(base.utterances());
            segments.add(new Segment("customer", 31, 32, marker, List.of()));
            CallRecord call = new CallRecord(base.callId(), base.metadata(), segments, null);
            long t0 = System.nanoTime();
            index.index(call, parties(call), randomEvaluation(call, random));
            while (index.search(SearchRequest.text("\"" + marker + "\"")).total() == 0) {
                Thread.onSpinWait();
            }
            delays.add((System.nanoTime() - t0) / 1e6);
        }
        delays.sort(Double::compare);
        System.out.printf(Locale.ROOT, "near-real-time: indexed call searchable after p50 %.0f ms, max %.0f ms%n",
                BenchData.percentile(delays, 50), delays.getLast());
    }

    private static boolean containsAll(List<String> texts, List<String> terms) {
        for (String term : terms) {
            if (texts.stream().noneMatch(t -> t.contains(term))) {
                return false;
            }
        }
        return true;
    }

    /** The benchmark's rep, team and account by their names, with ids as a database would give them. */
    private static CallParties parties(CallRecord call) {
        var m = call.metadata();
        return new CallParties(new Party(BenchData.REPS.indexOf(m.rep()), m.rep()),
                new Party(BenchData.TEAMS.indexOf(m.team()), m.team()),
                new Party(Long.parseLong(m.account().substring("客户".length())), m.account()));
    }

    private static Scanned scanned(CallRecord call, CallEvaluation evaluation) {
        List<String> all = new ArrayList<>();
        List<String> customer = new ArrayList<>();
        for (Segment s : call.utterances()) {
            String t = NormalizedText.of(s.text()).text();
            all.add(t);
            if (s.speaker().equals("customer")) {
                customer.add(t);
            }
        }
        return new Scanned(call.callId(), call.metadata().rep(), evaluation.churnRisk().label(),
                call.metadata().startedAt(), evaluation.score(), customer, all);
    }

    private static CallEvaluation randomEvaluation(CallRecord call, Random random) {
        ChurnRisk risk = ChurnRisk.values()[random.nextInt(4)];
        List<RuleHit> hits = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            hits.add(new RuleHit(category + "-rule", category, "churn-signals", PackKind.CHURN, category, "",
                    Severity.MEDIUM, 0, false, false, List.of()));
        }
        double score = 40 + random.nextInt(61);
        return new CallEvaluation(call.callId(), score, 100, false,
                List.of(new DimensionScore("total", score, 100, List.of())), hits, risk);
    }

    /** Bytes in the index folder; background merges may delete files during the walk, so it retries. */
    private static long size(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 5) {
                    throw e.getCause();
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
