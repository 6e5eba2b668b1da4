package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
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
 * {@code ./voiceqa eval-rules --corpus DIR [--degrade none|nopunct|cer=R] [--seed N] [--json] [--predictions FILE]
 * [--pack FILE]...}: evaluates rule packs (the built-in ones unless {@code --pack} is given) on a labeled corpus and
 * prints precision/recall/F1 per churn category, risk accuracy, false-alarm rate and QA item accuracy. With
 * {@code --degrade} the calls are first passed through the simulated recognizer ({@link RecognizerChannel}), so the
 * same labels measure the packs on recognizer-shaped text.
 */
public final class EvalRulesCommand implements CliCommand {

    private static final String USAGE = "eval-rules --corpus DIR [--degrade none|nopunct|cer=0.2] [--seed N] [--json]"
            + " [--predictions FILE] [--pack FILE]...";

    @Override
    public String name() {
        return "eval-rules";
    }

    @Override
    public String usage() {
        return USAGE + "  score rule packs on labeled calls";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path corpus = null;
        Path predictionsFile = null;
        boolean json = false;
        Degradation degradation = Degradation.NONE;
        long seed = 1;
        List<Path> packFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--corpus" -> corpus = Path.of(value(args, ++i, a));
                case "--predictions" -> predictionsFile = Path.of(value(args, ++i, a));
                case "--pack" -> packFiles.add(Path.of(value(args, ++i, a)));
                case "--degrade" -> degradation = degradation(value(args, ++i, a));
                case "--seed" -> seed = seed(value(args, ++i, a));
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (corpus == null) {
            throw new UserError("--corpus DIR is required (e.g. --corpus ../shared/test-audio/calls)");
        }
        List<RulePack> packs = packFiles.isEmpty() ? RuleLoader.builtInPacks() : loadPacks(packFiles);
        List<CorpusCall> calls = DegradedCorpus.of(CorpusReader.read(corpus), new RecognizerChannel(degradation, seed));
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
        out.println(json ? EvalReportFormat.json(report) : EvalReportFormat.table(report,
                corpus + (degradation == Degradation.NONE ? "" : " through the simulated recognizer, " + degradation
                        + ", seed " + seed), packNames));
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

    private static Degradation degradation(String spec) {
        try {
            return Degradation.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UserError("--degrade " + e.getMessage());
        }
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UserError("--seed needs a whole number, got '" + value + "'");
        }
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }
}
