package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;

import java.io.IOException;
import java.io.PrintStream;
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
                case "--degrade" -> degradation = Degradations.parse(value(args, ++i, a), a);
                case "--seed" -> seed = Degradations.seed(value(args, ++i, a));
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (corpus == null) {
            throw new UserError("--corpus DIR is required (e.g. --corpus ../shared/test-audio/calls)");
        }
        List<RulePack> packs = packFiles.isEmpty() ? RuleLoader.builtInPacks() : PackFiles.load(packFiles);
        CorpusEvaluation evaluation = CorpusEvaluation.run(packs, CorpusReader.read(corpus),
                new RecognizerChannel(degradation, seed));
        if (predictionsFile != null) {
            CorpusEvaluation.writePredictions(predictionsFile, evaluation.predictions());
        }
        EvalReport report = evaluation.report();
        String packNames = packs.stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", "));
        out.println(json ? EvalReportFormat.json(report) : EvalReportFormat.table(report,
                corpus + (degradation == Degradation.NONE ? "" : " through the simulated recognizer, " + degradation
                        + ", seed " + seed), packNames));
        return 0;
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }
}
