package com.voiceqa.asr.diarize;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Retrains the built-in role text weights from the labeled training calls (never from the test calls they are
 * measured on):
 * {@code java -cp <test classpath> com.voiceqa.asr.diarize.RoleTextTraining qa-rules/training/calls
 * asr-engine/src/main/resources/com/voiceqa/asr/diarize/role-bigrams.tsv}.
 */
public final class RoleTextTraining {

    private RoleTextTraining() {
    }

    public static void main(String[] args) throws IOException {
        RoleTextScorer scorer = train(Path.of(args[0]));
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            scorer.write(out);
        }
    }

    static RoleTextScorer train(Path corpus) throws IOException {
        List<String> rep = new ArrayList<>();
        List<String> customer = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode turn : JsonMapper.builder().build().readTree(json.toFile()).get("turns")) {
                    (turn.get("speaker").asString().equals("rep") ? rep : customer).add(turn.get("text").asString());
                }
            }
        }
        return RoleTextScorer.train(rep, customer);
    }
}
