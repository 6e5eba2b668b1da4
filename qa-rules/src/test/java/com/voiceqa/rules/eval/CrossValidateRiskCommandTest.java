package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.risk.CallRiskModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossValidateRiskCommandTest {

    private static String run(CliCommand command, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isRegisteredForTheLauncher() {
        assertTrue(ServiceLoader.load(CliCommand.class).stream()
                .anyMatch(p -> p.type() == CrossValidateRiskCommand.class));
    }

    @Test
    void measuresTheRiskModelOnHeldOutAuthorsBesideTheGateOfTheSameRun(@TempDir Path dir) throws Exception {
        Path signals = dir.resolve("signals");
        String semantic = run(new CrossValidateCommand(), "--fold", "src/test/resources/heldout", "--fold",
                "src/test/resources/heldout2", "--fold", "src/test/resources/heldout3", "--shipped", "--degrade",
                "none,cer=0.2", "--cache",
                dir.resolve("cache").toString(), "--signals", signals.toString());
        List<RiskRow> rows = RiskRow.read(signals.resolve("none.jsonl"));
        assertEquals(28, rows.size(), "one row per held-out call");
        assertEquals(9, rows.getFirst().signals().categories().size());

        Path model = dir.resolve("cv-risk-test.json");
        String risk = run(new CrossValidateRiskCommand(), "--signals", signals.toString(), "--train", "none,cer=0.2",
                "--degrade", "none,cer=0.2", "--out", model.toString(), "--version", "2026.12.99");
        for (String text : List.of("none", "cer=0.2")) {
            String gatePooled = semantic.lines().filter(l -> l.startsWith("pooled") && l.contains(" " + text + " "))
                    .findFirst().orElseThrow();
            String[] cells = gatePooled.trim().split("\\s+");
            String pooled = risk.lines().filter(l -> l.startsWith("pooled") && l.contains(" " + text + " "))
                    .findFirst().orElseThrow();
            assertTrue(pooled.contains(cells[3] + "  " + cells[4]), "the gate column is cv-semantic's own figure: "
                    + gatePooled + "\n" + pooled);
        }
        assertTrue(risk.contains("heldout2 "), risk);
        assertTrue(risk.contains("gold -> predicted risk, cer=0.2"), risk);
        assertTrue(risk.contains("the risk model's churn signals, cer=0.2, pooled (call, category, turn)\n  right "),
                "where the signals go wrong, per text: " + risk);
        assertTrue(Files.isRegularFile(model));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try {
            CallRiskModel read = CallRiskModel.named("cv-risk-test");
            assertEquals(28 * 2, ((Number) read.training().get("calls")).intValue(), "both texts of every call");
            assertEquals("2026.12.99", read.version());
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }

        String nested = run(new CrossValidateRiskCommand(), "--signals", signals.toString(), "--train", "none,cer=0.2",
                "--degrade", "none", "--false-alarm-target", "0.05", "--low-thresholds", "off,0.6");
        List<String> choices = nested.lines().dropWhile(l -> !l.startsWith("nested choice")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertEquals(3, choices.size(), "one choice per held-out fold: " + nested);
        assertTrue(choices.getFirst().startsWith("heldout ") && choices.getFirst().contains("budget 0."),
                choices.getFirst());
        String everyText = run(new CrossValidateRiskCommand(), "--signals", signals.toString(), "--train",
                "none,cer=0.2", "--degrade", "none", "--false-alarm-target", "0.05", "--target-texts", "none,cer=0.2");
        assertTrue(everyText.contains("false-alarm target 0.05 in none / cer=0.2"), everyText);
        assertTrue(everyText.lines().dropWhile(l -> !l.startsWith("nested choice")).skip(1).findFirst().orElseThrow()
                .matches(".*false alarms \\d+ / \\d+ of \\d+.*"), "one count per text: " + everyText);

        Path trainedOnly = dir.resolve("trained-only.json");
        String quiet = run(new CrossValidateRiskCommand(), "--signals", signals.toString(), "--train", "none,cer=0.2",
                "--degrade", "none,cer=0.2", "--out", trainedOnly.toString(), "--version", "2026.12.99",
                "--train-only");
        assertTrue(quiet.lines().noneMatch(l -> l.startsWith("pooled")), "no measurement: " + quiet);
        assertEquals(Files.readString(model), Files.readString(trainedOnly),
                "the model on all folds does not depend on whether the folds were measured first");

        Path fixed = dir.resolve("fixed-early-warning.json");
        run(new CrossValidateRiskCommand(), "--signals", signals.toString(), "--train", "none,cer=0.2", "--degrade",
                "none", "--out", fixed.toString(), "--version", "2026.12.99", "--train-only",
                "--false-alarm-budget", "0.03", "--early-warning", "0.6");
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try {
            CallRiskModel withWarning = CallRiskModel.named("fixed-early-warning");
            assertEquals(0.6, withWarning.lowThreshold(), "a fixed budget keeps the early warning it was given");
            assertTrue(withWarning.training().get("settings").toString().contains("early-warning threshold=0.6"),
                    withWarning.training().toString());
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }

        Path multinomial = dir.resolve("multinomial-level.json");
        String softmax = run(new CrossValidateRiskCommand(), "--signals", signals.toString(), "--train",
                "none,cer=0.2", "--degrade", "none", "--out", multinomial.toString(), "--version", "2026.12.99",
                "--level", "multinomial", "--unreported", "none-at-low", "--category-thresholds");
        assertTrue(softmax.lines().anyMatch(l -> l.startsWith("pooled") && l.contains(" none ")), softmax);
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try {
            CallRiskModel read = CallRiskModel.named("multinomial-level");
            assertEquals(4, read.softmaxLevel().scores().size(), "one score per level");
            assertEquals(null, read.cuts(), "no ordinal cut points beside the softmax");
            assertTrue(read.training().get("settings").toString().startsWith("multinomial"),
                    read.training().toString());
            assertEquals(CallRiskModel.Unreported.NONE_AT_LOW, read.unreported());
            assertTrue(read.training().get("settings").toString().contains("unreported=NONE_AT_LOW"),
                    read.training().toString());
            assertEquals(EvalScorer.CATEGORIES, List.copyOf(read.categoryThresholds().keySet()),
                    "--category-thresholds: a reporting threshold for every category");
            for (RiskRow r : rows) {
                int level = read.decide(r.signals()).level();
                assertTrue(level >= 0 && level <= 3, "a level for every call");
            }
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
    }

    @ParameterizedTest
    @CsvSource({"--level, cumulative, ordinal multinomial", "--unreported, drop, likeliest none-at-low none",
            "--reporting-inputs, margin, dominated"})
    void anUnknownChoiceNamesTheOnesThereAre(String flag, String value, String choices, @TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), flag, value));
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
        for (String choice : choices.split(" ")) {
            assertTrue(e.getMessage().contains(choice), e.getMessage());
        }
    }

    @Test
    void trainOnlyNeedsAFileToWrite(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--train-only"));
        assertTrue(e.getMessage().contains("give --out FILE"), e.getMessage());
    }

    @Test
    void theNestedChoiceNeedsThreeFoldsAndOneWayToSetTheBudget(@TempDir Path dir) throws Exception {
        UserError both = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--false-alarm-budget", "0.1", "--false-alarm-target", "0.05"));
        assertTrue(both.getMessage().contains("not both"), both.getMessage());
        UserError grid = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--low-thresholds", "off,0.6"));
        assertTrue(grid.getMessage().contains("give --false-alarm-target too"), grid.getMessage());
        UserError texts = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--target-texts", "none,cer=0.2"));
        assertTrue(texts.getMessage().contains("give --false-alarm-target too"), texts.getMessage());
        UserError fixedInNested = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--false-alarm-target", "0.05", "--early-warning", "0.6"));
        assertTrue(fixedInNested.getMessage().contains("--low-thresholds instead"), fixedInNested.getMessage());
        UserError outOfRange = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--early-warning", "0"));
        assertTrue(outOfRange.getMessage().contains("above 0 and at most 1"), outOfRange.getMessage());
    }

    @Test
    void aModelWrittenForAPackNamesItsVersion(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString(), "--out", dir.resolve("risk.json").toString()));
        assertTrue(e.getMessage().contains("--version V"), e.getMessage());
    }

    @Test
    void missingSignalsSayWhichCommandWritesThem(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> run(new CrossValidateRiskCommand(), "--signals",
                dir.toString()));
        assertTrue(e.getMessage().contains("run cv-semantic --signals"), e.getMessage());
    }
}
