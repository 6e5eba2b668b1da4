package com.voiceqa.rules.bench;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallMetadata;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.eval.CorpusCall;
import com.voiceqa.rules.eval.CorpusReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic but realistic benchmark data: utterances are the labeled calls' turns (Mandarin sales talk), with random
 * company names and numbers substituted so the vocabulary keeps growing with the data like real traffic does.
 */
final class BenchData {

    private static final String NAME_CHARS = "华恒云鑫达瑞博泰康宏盛嘉源通信远丰润金银海川新锐创安和力德诚东南北中天明";
    private static final String DIGITS = "一二三四五六七八九十百两";
    static final List<String> REPS = List.of("李敏", "小郑", "周婷", "马涛", "小方", "林涛", "小赵", "小吕", "方宇", "小何");
    static final List<String> TEAMS = List.of("华东", "华南", "华北", "西南", "大客户部");

    final List<Segment> turns = new ArrayList<>();

    BenchData(Path corpus) throws IOException {
        for (CorpusCall c : CorpusReader.read(corpus)) {
            turns.addAll(c.call().utterances());
        }
    }

    /** A call of about {@code seconds}, built from random turns at the corpus' speaking pace. */
    CallRecord call(String id, double seconds, Random random) {
        List<Segment> out = new ArrayList<>();
        double t = 0.4;
        while (t < seconds) {
            Segment s = turns.get(random.nextInt(turns.size()));
            String text = vary(s.text(), random);
            double length = Math.max(1, text.length() / 5.0);
            out.add(new Segment(s.speaker(), t, t + length, text, List.of()));
            t += length + 0.6;
        }
        Instant started = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(330 * 86400));
        return new CallRecord(id, new CallMetadata(REPS.get(random.nextInt(REPS.size())),
                TEAMS.get(random.nextInt(TEAMS.size())), "客户" + random.nextInt(5000), "badge-" + random.nextInt(300),
                started, t), out, null);
    }

    private static String vary(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        if (random.nextInt(3) == 0) {
            s.insert(0, randomName(random) + "那边，");
        }
        for (int i = 0; i < s.length(); i++) {
            if (DIGITS.indexOf(s.charAt(i)) >= 0 && random.nextBoolean()) {
                s.setCharAt(i, DIGITS.charAt(random.nextInt(DIGITS.length())));
            }
        }
        return s.toString();
    }

    static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
        }
        return name.toString();
    }

    static Path corpusFromArgs(String[] args) {
        String dir = args.length > 0 ? args[0] : System.getProperty("voiceqa.shared", "../shared") + "/test-audio/calls";
        return Path.of(dir);
    }

    static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
