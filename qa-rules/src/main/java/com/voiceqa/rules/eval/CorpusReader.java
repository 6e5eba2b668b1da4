package com.voiceqa.rules.eval;

import com.voiceqa.core.Segment;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.CallMetadata;
import com.voiceqa.rules.CallRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads labeled calls (the schema of ../shared/test-audio/README.md) from a directory of {@code *.json} files.
 * Utterance times come from {@code audio.turn_times} when the call was rendered; otherwise they are synthesised at
 * the renderer's pace (5 characters per second, 0.6 s between turns), so time-based rules behave plausibly.
 */
public final class CorpusReader {

    /** Larger files are not call transcripts; refusing them keeps a stray dump from exhausting memory. */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    private static final double CHARS_PER_SECOND = 5.0;
    private static final double GAP_SECONDS = 0.6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorpusReader() {
    }

    /** All calls of the directory, sorted by file name. */
    public static List<CorpusCall> read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("corpus directory " + dir + " does not exist; pass --corpus with a folder of call-*.json files");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new UserError("no .json call files in " + dir + "; the corpus schema is described in test-audio/README.md");
        }
        List<CorpusCall> calls = new ArrayList<>();
        for (Path f : files) {
            calls.add(readCall(f));
        }
        return calls;
    }

    /** The calls of {@code dirs} ("DIR[,DIR...]"), each directory's sorted by file name, in the order given. */
    public static List<CorpusCall> readAll(String dirs) throws IOException {
        List<CorpusCall> calls = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String dir : dirs.split(",")) {
            for (CorpusCall c : read(Path.of(dir.strip()))) {
                if (!ids.add(c.call().callId())) {
                    throw new UserError("call id " + c.call().callId() + " occurs twice in " + dirs
                            + "; give each corpus directory once");
                }
                calls.add(c);
            }
        }
        return calls;
    }

    static CorpusCall readCall(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new UserError(file + " is larger than " + MAX_FILE_BYTES + " bytes; it is not a call file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new UserError(file + " is not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode turns = root.path("turns");
        if (!root.path("id").isString() || !turns.isArray() || turns.isEmpty()) {
            throw new UserError(file + ": a call needs \"id\" and a non-empty \"turns\" array");
        }
        List<Segment> segments = new ArrayList<>();
        JsonNode times = root.path("audio").path("turn_times");
        double clock = 0.4;
        for (int i = 0; i < turns.size(); i++) {
            JsonNode t = turns.get(i);
            String speaker = t.path("speaker").asString("");
            String text = t.path("text").asString("");
            if (speaker.isEmpty()) {
                throw new UserError(file + ": turns[" + i + "] has no speaker");
            }
            double start;
            double end;
            if (times.isArray() && times.size() == turns.size()) {
                start = times.get(i).get(0).asDouble();
                end = times.get(i).get(1).asDouble();
            } else {
                start = clock;
                end = start + Math.max(0.5, text.length() / CHARS_PER_SECOND);
            }
            clock = end + GAP_SECONDS;
            segments.add(new Segment(speaker, start, end, text, List.of()));
        }
        String id = root.get("id").asString();
        double duration = root.path("audio").path("duration_s").asDouble(segments.getLast().end() + 0.5);
        CallMetadata metadata = new CallMetadata("", "", root.path("industry").asString(""), "corpus",
                Instant.EPOCH, duration);
        return new CorpusCall(new CallRecord(id, metadata, segments, null), labels(root.path("labels")));
    }

    static CallLabels labels(JsonNode labels) {
        List<CallLabels.Signal> signals = new ArrayList<>();
        for (JsonNode s : labels.path("churn_signals")) {
            signals.add(new CallLabels.Signal(s.path("category").asString(""), s.path("turn").asInt(-1),
                    s.path("evidence").asString("")));
        }
        JsonNode qa = labels.path("qa");
        Map<String, Boolean> items = new HashMap<>();
        for (String item : CallLabels.BOOLEAN_ITEMS) {
            items.put(item, qa.path(item).asBoolean(false));
        }
        List<Integer> negative = new ArrayList<>();
        for (JsonNode n : labels.path("customer_negative_turns")) {
            negative.add(n.asInt());
        }
        return new CallLabels(labels.path("churn_risk").asString("none"), signals, items, spans(qa.path("forbidden_words")),
                spans(qa.path("over_promise")), negative);
    }

    private static List<CallLabels.Span> spans(JsonNode array) {
        List<CallLabels.Span> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(new CallLabels.Span(s.path("turn").asInt(-1), s.path("evidence").asString("")));
        }
        return out;
    }
}
