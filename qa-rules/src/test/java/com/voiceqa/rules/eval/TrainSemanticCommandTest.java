package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainSemanticCommandTest {

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        new TrainSemanticCommand().run(List.of(args), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainsAModelFromCallsAndABankWithProgress(@TempDir Path dir) throws Exception {
        Path bank = dir.resolve("bank.jsonl");
        Files.writeString(bank, """
                {"text": "合同到期我们就不续了", "speaker": "customer", "category": "non_renewal"}

                {"text": "下周流程走完就签", "speaker": "customer", "category": null}
                """);
        Path out = dir.resolve("m.json");
        String cache = dir.resolve("cache").toString();
        String progress = run("--corpus", "src/test/resources/heldout2", "--bank", bank.toString(), "--cache", cache,
                "--out", out.toString());
        assertTrue(progress.contains("6 calls, 1 banks"), progress);
        assertTrue(progress.matches("(?s).*encoded (\\d+) / \\1 .*"), progress);
        String again = run("--corpus", "src/test/resources/heldout2", "--bank", bank.toString(), "--cache", cache,
                "--out", dir.resolve("again.json").toString());
        assertTrue(again.contains(", 0 to encode"), "the second run finds every window in the cache: " + again);
        assertEquals(Files.readString(out).replace("\"m\"", "\"again\""), Files.readString(dir.resolve("again.json")),
                "cached embeddings give the same model");
        JsonNode model = JsonMapper.shared().readTree(out.toFile());
        assertEquals("m", model.get("name").asString());
        assertEquals(TrainSemanticCommand.LABELS.size(), model.get("labels").size());
        assertEquals(512, model.get("labels").get("price").get("vector").size());
        assertEquals(6, model.get("training").get("calls").asInt());
    }

    @Test
    void badInputIsAUserErrorThatSaysWhereAndWhat(@TempDir Path dir) throws Exception {
        Path bank = dir.resolve("bad.jsonl");
        Files.writeString(bank, "{\"text\": \"好\", \"category\": null}\n{not json\n");
        UserError e = assertThrows(UserError.class, () -> run("--corpus", "src/test/resources/heldout2", "--bank",
                bank.toString(), "--out", dir.resolve("m.json").toString()));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
        assertTrue(assertThrows(UserError.class, () -> run("--out", "x.json")).getMessage().contains("--corpus"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus")).getMessage().contains("needs a value"));
        String head = assertThrows(UserError.class, () -> run("--corpus", "src/test/resources/heldout2", "--head",
                "deep", "--out", dir.resolve("m.json").toString())).getMessage();
        assertTrue(head.contains("--head") && head.contains("'deep'") && head.contains("context-mlp"), head);
        String seeds = assertThrows(UserError.class, () -> run("--corpus", "src/test/resources/heldout2",
                "--head-seeds", "3", "--out", dir.resolve("m.json").toString())).getMessage();
        assertTrue(seeds.contains("--head-seeds") && seeds.contains("--head context-mlp"), seeds);
        String count = assertThrows(UserError.class, () -> run("--corpus", "src/test/resources/heldout2", "--head",
                "context-mlp", "--head-seeds", "0", "--out", dir.resolve("m.json").toString())).getMessage();
        assertTrue(count.contains("--head-seeds") && count.contains("'0'") && count.contains("1 to 9"), count);
        String marks = assertThrows(UserError.class, () -> run("--corpus", "src/test/resources/heldout2",
                "--negation-ngrams", "--out", dir.resolve("m.json").toString())).getMessage();
        assertTrue(marks.contains("--negation-ngrams") && marks.contains("--pinyin-ngrams"), marks);
    }
}
