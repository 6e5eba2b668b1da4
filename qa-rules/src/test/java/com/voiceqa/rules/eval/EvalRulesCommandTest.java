package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalRulesCommandTest {

    private static final Path HELDOUT = Path.of("src/test/resources/heldout");

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvalRulesCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isRegisteredForTheLauncher() {
        assertTrue(ServiceLoader.load(CliCommand.class).stream().anyMatch(p -> p.type() == EvalRulesCommand.class));
    }

    @Test
    void printsTheTableAndTheJsonObject() throws Exception {
        String table = run("--corpus", HELDOUT.toString());
        assertTrue(table.contains("churn macro-F1"), table);
        assertTrue(table.contains("(call, category), turns aside"), table);
        assertTrue(table.contains("false-alarm rate"), table);
        assertTrue(table.contains("QA macro accuracy"), table);
        JsonNode json = JsonMapper.builder().build().readTree(run("--corpus", HELDOUT.toString(), "--json"));
        for (String key : List.of("calls", "churn", "risk_accuracy", "false_alarm_rate", "qa")) {
            assertTrue(json.has(key), "missing " + key + " in " + json);
        }
        JsonNode price = json.get("churn").get("categories").get("price");
        assertTrue(price.has("precision") && price.has("recall") && price.has("f1"));
        for (String item : CallLabels.QA_ITEMS) {
            assertTrue(json.get("qa").has(item), item);
        }
        assertTrue(json.get("qa").has("macro_accuracy"));
    }

    @Test
    void predictionsUseTheCorpusLabelSchema(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.jsonl");
        run("--corpus", HELDOUT.toString(), "--json", "--predictions", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(10, lines.size());
        JsonMapper json = JsonMapper.builder().build();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            String id = n.get("id").asString();
            JsonNode labels = n.get("labels");
            JsonNode call = json.readTree(HELDOUT.resolve(id + ".json").toFile());
            assertTrue(List.of("none", "low", "medium", "high").contains(labels.get("churn_risk").asString()));
            for (JsonNode s : labels.get("churn_signals")) {
                String turn = call.get("turns").get(s.get("turn").asInt()).get("text").asString();
                assertTrue(turn.contains(s.get("evidence").asString()), "evidence must be a substring of its turn: " + s);
                assertTrue(EvalScorer.CATEGORIES.contains(s.get("category").asString()));
            }
            assertTrue(labels.get("qa").get("greeting").isBoolean());
            assertTrue(labels.get("qa").get("over_promise").isArray());
            assertTrue(labels.get("customer_negative_turns").isArray());
        }
    }

    @Test
    void aDegradedRunIsReproducibleAndScoresTheSameTurns(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        String table = run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2", "--seed", "5", "--predictions",
                first.toString());
        assertTrue(table.contains("simulated recognizer, cer=0.2, seed 5"), table);
        run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2", "--seed", "5", "--predictions", second.toString());
        assertEquals(Files.readAllLines(first), Files.readAllLines(second));
        Path clean = dir.resolve("c.jsonl");
        run("--corpus", HELDOUT.toString(), "--degrade", "nopunct", "--predictions", clean.toString());
        for (String line : Files.readAllLines(clean)) {
            String evidence = line.replaceAll(".*?\"evidence\":\"([^\"]*)\".*", "$1");
            assertTrue(!line.contains("\"evidence\"") || !evidence.matches(".*[，。？！].*"), line);
        }
    }

    @Test
    void seedsPrintEachSeedsHeadlineAndTheirMean() throws Exception {
        String table = run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2", "--seeds", "1-2");
        assertTrue(table.contains("simulated recognizer, cer=0.2, seeds 1-2"), table);
        double[] first = row(table, "1");
        double[] second = row(table, "2");
        double[] mean = row(table, "mean");
        JsonNode one = JsonMapper.builder().build().readTree(run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2",
                "--seed", "1", "--json"));
        assertEquals(one.get("churn").get("macro_f1").asDouble(), first[0], 0.00051, table);
        assertEquals(one.get("risk_accuracy").asDouble(), first[1], 0.00051, table);
        for (int i = 0; i < mean.length; i++) {
            assertEquals((first[i] + second[i]) / 2, mean[i], 0.0011, "column " + i + " of\n" + table);
        }
    }

    /** The numbers of the line of {@code seed} in a {@code --seeds} table: F1, risk accuracy, false alarms, QA. */
    private static double[] row(String table, String seed) {
        for (String line : table.split("\n")) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length == 7 && cells[0].equals(seed) && cells[4].equals("of")) {
                return new double[]{Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                        Double.parseDouble(cells[3]), Double.parseDouble(cells[6])};
            }
        }
        throw new AssertionError("no line for seed " + seed + " in\n" + table);
    }

    /** The held-out set's call files, sorted: what a second reader's folder copies or edits. */
    private static List<Path> heldoutCalls() throws Exception {
        try (Stream<Path> files = Files.list(HELDOUT)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void aSecondReaderIsScoredAgainstTheCorpusLabels(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectory(dir.resolve("second"));
        JsonMapper json = JsonMapper.builder().build();
        List<Path> calls = heldoutCalls();
        for (Path f : calls) {
            Files.copy(f, copy.resolve(f.getFileName()));
        }
        JsonNode same = json.readTree(run("--corpus", HELDOUT.toString(), "--second-reader", copy.toString(), "--json"));
        assertEquals(1.0, same.get("churn").get("macro_f1").asDouble(), 1e-9, same.toString());
        assertEquals(1.0, same.get("risk_accuracy").asDouble(), 1e-9);
        assertEquals(1.0, same.get("qa").get("macro_accuracy").asDouble(), 1e-9);

        // the second reader disagrees on one call's level and drops its signals
        Path first = copy.resolve(calls.getFirst().getFileName());
        ObjectNode call = (ObjectNode) json.readTree(first.toFile());
        ObjectNode labels = (ObjectNode) call.get("labels");
        boolean hadSignals = !labels.get("churn_signals").isEmpty();
        labels.put("churn_risk", labels.get("churn_risk").asString().equals("high") ? "none" : "high");
        labels.putArray("churn_signals");
        Files.writeString(first, json.writeValueAsString(call));
        String table = run("--corpus", HELDOUT.toString(), "--second-reader", copy.toString());
        assertTrue(table.contains("labels of a second reader, " + copy), table);
        assertTrue(table.contains("call-level risk accuracy  0.900"), table);
        JsonNode differs = json.readTree(run("--corpus", HELDOUT.toString(), "--second-reader", copy.toString(),
                "--json"));
        assertEquals(hadSignals, differs.get("churn").get("macro_f1").asDouble() < 1.0, differs.toString());
    }

    @Test
    void aSecondReaderMayLabelSomeCallsButOnlyTheSameTranscripts(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectory(dir.resolve("second"));
        List<Path> calls = heldoutCalls();
        for (Path f : calls.subList(1, calls.size())) {
            Files.copy(f, copy.resolve(f.getFileName()));
        }
        JsonNode some = JsonMapper.builder().build().readTree(run("--corpus", HELDOUT.toString(), "--second-reader",
                copy.toString(), "--json"));
        assertEquals(calls.size() - 1, some.get("calls").asInt(), some.toString());
        assertEquals(1.0, some.get("risk_accuracy").asDouble(), 1e-9);
        Path first = copy.resolve(calls.getFirst().getFileName());
        Files.writeString(first, Files.readString(calls.getFirst())
                .replaceFirst("\"text\"\\s*:\\s*\"", "\"text\": \"喂，"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--second-reader",
                copy.toString())).getMessage().contains("other turns than"));
        Files.copy(calls.getFirst(), first, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(copy.resolve("call-extra.json"), Files.readString(calls.getFirst())
                .replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"call-extra\""));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--second-reader",
                copy.toString())).getMessage().contains("labels call-extra, which"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--second-reader",
                copy.toString(), "--degrade", "nopunct")).getMessage().contains("without --degrade"));
    }

    @Test
    void severalCorpusDirectoriesAreReadAsOne() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode two = json.readTree(run("--corpus", HELDOUT + "," + Path.of("src/test/resources/heldout2"), "--json"));
        JsonNode one = json.readTree(run("--corpus", HELDOUT.toString(), "--json"));
        assertEquals(one.get("calls").asInt() + json.readTree(run("--corpus", "src/test/resources/heldout2", "--json"))
                .get("calls").asInt(), two.get("calls").asInt());
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT + "," + HELDOUT))
                .getMessage().contains("occurs twice"));
    }

    @Test
    void userMistakesGetActionableErrors(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(UserError.class, () -> run()).getMessage().contains("--corpus DIR is required"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", dir.resolve("nope").toString()))
                .getMessage().contains("does not exist"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", dir.toString())).getMessage().contains("no .json"));
        Files.writeString(dir.resolve("bad.json"), "{not json");
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", dir.toString())).getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(UserError.class, () -> run("--frobnicate")).getMessage().contains("unknown argument"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--degrade", "loud"))
                .getMessage().contains("nopunct"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--seed", "x"))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--seeds", "1-5"))
                .getMessage().contains("--degrade cer=R"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2",
                "--seeds", "1-5", "--json")).getMessage().contains("without --seed, --json or --predictions"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2",
                "--seeds", "5-1")).getMessage().contains("FROM <= TO"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2",
                "--seeds", "1-50")).getMessage().contains("at most 20 seeds"));
        assertTrue(assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--degrade", "cer=0.2",
                "--seeds", "five")).getMessage().contains("range of whole numbers"));
        Path pack = dir.resolve("pack.json");
        Files.writeString(pack, "{\"pack\": \"x\"}");
        UserError bad = assertThrows(UserError.class, () -> run("--corpus", HELDOUT.toString(), "--pack", pack.toString()));
        assertTrue(bad.getMessage().contains("field 'version': is required"), bad.getMessage());
    }

    @Test
    void scorerCountsSignalsByCategoryAndTurn() {
        CallLabels gold = new CallLabels("high", List.of(new CallLabels.Signal("price", 1, "贵"),
                new CallLabels.Signal("price", 1, "涨"), new CallLabels.Signal("competitor", 3, "换")),
                java.util.Map.of("greeting", true), List.of(), List.of(), List.of(1));
        CallLabels predicted = new CallLabels("none", List.of(new CallLabels.Signal("price", 1, "贵"),
                new CallLabels.Signal("price", 2, "x")), java.util.Map.of("greeting", true), List.of(), List.of(), List.of());
        EvalReport r = EvalScorer.score(List.of(new EvalScorer.Pair("c", gold, predicted)));
        assertEquals(0.5, r.categories().get("price").precision());
        assertEquals(1.0, r.categories().get("price").recall(), "two gold spans in one turn count once");
        assertEquals(0.0, r.categories().get("competitor").recall());
        assertEquals((2.0 / 3 + 0) / 2, r.macroF1(), 1e-12, "price 2/3 by turn, competitor 0");
        assertEquals((1.0 + 0) / 2, r.categoryMacroF1(), 1e-12, "turns aside, price is right");
        assertEquals(0.0, r.riskAccuracy());
        assertEquals(1.0, r.qa().get("greeting"));
    }
}
