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
 * {@code ./voiceqa eval-rules --corpus DIR[,DIR...] [--degrade none|nopunct|cer=R] [--seed N | --seeds FROM-TO]
 * [--json] [--predictions FILE] [--pack FILE]... [--second-reader DIR[,DIR...]]}: evaluates rule packs (the built-in
 * ones unless {@code --pack} is given) on a labeled corpus and prints precision/recall/F1 per churn category, risk
 * accuracy, false-alarm rate and QA item accuracy. With {@code --degrade} the calls are first passed through the
 * simulated recognizer ({@link RecognizerChannel}), so the same labels measure the packs on recognizer-shaped text.
 * Its character errors are random: {@code --seeds 1-5} evaluates once per seed and prints each seed's headline figures
 * and their mean. {@code --second-reader} scores a second reader's labels of the corpus's calls (all or some of them,
 * relabeled from the guide by someone who did not see their labels) in place of the packs' predictions: how far two
 * readers agree.
 */
public final class EvalRulesCommand implements CliCommand {

    private static final String USAGE = "eval-rules --corpus DIR[,DIR...] [--degrade none|nopunct|cer=0.2] [--seed N"
            + " | --seeds FROM-TO] [--json] [--predictions FILE] [--pack FILE]... [--second-reader DIR[,DIR...]]";

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
        String corpus = null;
        Path predictionsFile = null;
        String secondReader = null;
        boolean json = false;
        Degradation degradation = Degradation.NONE;
        long seed = 1;
        List<Long> seeds = null;
        List<Path> packFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--corpus" -> corpus = value(args, ++i, a);
                case "--predictions" -> predictionsFile = Path.of(value(args, ++i, a));
                case "--pack" -> packFiles.add(Path.of(value(args, ++i, a)));
                case "--second-reader" -> secondReader = value(args, ++i, a);
                case "--degrade" -> degradation = Degradations.parse(value(args, ++i, a), a);
                case "--seed" -> seed = Degradations.seed(value(args, ++i, a));
                case "--seeds" -> seeds = Degradations.seeds(value(args, ++i, a));
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (corpus == null) {
            throw new UserError("--corpus DIR is required (e.g. --corpus ../shared/test-audio/calls)");
        }
        if (seeds != null && (args.contains("--seed") || json || predictionsFile != null
                || degradation.characterErrorRate() == 0)) {
            throw new UserError("--seeds averages the simulated recognizer's random character errors: give it with"
                    + " --degrade cer=R, and without --seed, --json or --predictions (run one seed for those)");
        }
        if (secondReader != null) {
            if (args.contains("--degrade") || args.contains("--seed") || seeds != null || predictionsFile != null
                    || !packFiles.isEmpty()) {
                throw new UserError("--second-reader scores a second reader's labels against the corpus's: give it"
                        + " with --corpus and optionally --json, without --degrade, --seed(s), --predictions or --pack");
            }
            EvalReport report = EvalScorer.score(SecondReader.pairs(CorpusReader.readAll(corpus), corpus,
                    CorpusReader.readAll(secondReader), secondReader));
            out.println(json ? EvalReportFormat.json(report)
                    : EvalReportFormat.table(report, corpus, "labels of a second reader, " + secondReader));
            return 0;
        }
        List<RulePack> packs = packFiles.isEmpty() ? RuleLoader.builtInPacks() : PackFiles.load(packFiles);
        String packNames = packs.stream().map(p -> p.id() + " " + p.version()).collect(Collectors.joining(", "));
        if (seeds != null) {
            List<CorpusCall> calls = CorpusReader.readAll(corpus);
            List<EvalReport> reports = new ArrayList<>();
            for (long s : seeds) {
                reports.add(CorpusEvaluation.run(packs, calls, new RecognizerChannel(degradation, s)).report());
                err.printf("eval-rules: seed %d of %d-%d done%n", s, seeds.getFirst(), seeds.getLast());
            }
            out.print(EvalReportFormat.seedTable(seeds, reports, corpus + " through the simulated recognizer, "
                    + degradation, packNames));
            return 0;
        }
        CorpusEvaluation evaluation = CorpusEvaluation.run(packs, CorpusReader.readAll(corpus),
                new RecognizerChannel(degradation, seed));
        if (predictionsFile != null) {
            CorpusEvaluation.writePredictions(predictionsFile, evaluation.predictions());
        }
        EvalReport report = evaluation.report();
        out.println(json ? EvalReportFormat.json(report) : EvalReportFormat.table(report,
                corpus + (degradation == Degradation.NONE ? "" : " through the simulated recognizer, " + degradation
                        + ", seed " + seed), "packs: " + packNames));
        return 0;
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }
}
