package com.voiceqa.rules.eval;

import com.voiceqa.asr.cli.CliCommand;
import com.voiceqa.asr.cli.CliArgs;
import com.voiceqa.asr.cli.UserError;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.RuleValidationException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code ./voiceqa eval-rules --corpus DIR [--json] [--predictions FILE] [--pack FILE]...}: evaluates rule packs
 * (the built-in ones unless {@code --pack} is given) on a labeled corpus and prints precision/recall/F1 per churn
 * category, risk accuracy, false-alarm rate and QA item accuracy.
 */
public final class EvalRulesCommand implements CliCommand {

    @Override
    public String name() {
        return "eval-rules";
    }

    @Override
    public String usage() {
        return "eval-rules --corpus DIR [--json] [--predictions FILE] [--pack FILE]...  score rule packs on labeled calls";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path corpus = null;
        Path predictionsFile = null;
        boolean json = false;
        List<Path> packFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--corpus" -> corpus = Path.of(value(args, ++i, a));
                case "--predictions" -> predictionsFile = Path.of(value(args, ++i, a));
                case "--pack" -> packFiles.add(Path.of(value(args, ++i, a)));
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (corpus == null) {
            throw new UserError("--corpus DIR is required (e.g. --corpus ../shared/test-audio/calls)");
        }
        List<RulePack> packs = packFiles.isEmpty() ? RuleLoader.builtInPacks() : loadPacks(packFiles);
        List<CorpusCall> calls = CorpusReader.read(corpus);
        List<EvalScorer.Pair> pairs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (RuleEngine engine = new RuleEngine(packs)) {
            for (CorpusCall c : calls) {
                CallEvaluation evaluation = engine.evaluate(c.call());
                CallLabels predicted = Predictions.of(c.call(), evaluation);
                pairs.add(new EvalScorer.Pair(c.call().callId(), c.labels(), predicted));
                lines.add(Predictions.jsonLine(c.call().callId(), predicted));
            }
        }
        if (predictionsFile != null) {
            writeLines(predictionsFile, lines);
        }
        EvalReport report = EvalScorer.score(pairs);
        String packNames = packs.stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", "));
        out.println(json ? EvalReportFormat.json(report) : EvalReportFormat.table(report, corpus.toString(), packNames));
        return 0;
    }

    private static List<RulePack> loadPacks(List<Path> files) throws IOException {
        List<RulePack> packs = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserError("rule pack " + f + " does not exist");
            }
            try {
                packs.add(RuleLoader.load(f));
            } catch (RuleValidationException e) {
                throw new UserError("rule pack " + f + " is invalid; fix these and retry:\n  "
                        + String.join("\n  ", e.problems()));
            }
        }
        return packs;
    }

    private static void writeLines(Path file, List<String> lines) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.newLine();
            }
        } catch (IOException e) {
            throw new UserError("cannot write predictions to " + file + ": " + e.getMessage()
                    + "; choose a writable path", e);
        }
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, "eval-rules --corpus DIR [--json] [--predictions FILE] [--pack FILE]...");
    }
}
