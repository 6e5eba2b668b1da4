package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.pack.TextOperator;
import com.voiceqa.rules.semantic.AdjacentTurn;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code ./voiceqa read-bank --bank FILE [--model FILE] [--threshold P] [--degrade none|nopunct|cer=R] [--seed N]
 * [--lines]}: what the clause model reads in each utterance of a bank, on its own, without the rule packs or the
 * call-level risk model around it. An utterance is flagged with a churn category when one of its clauses reads that
 * category at {@code P} (0.5) or more. Prints, per gold category (and for the utterances that carry none), how many
 * utterances there are, how many the model finds, how many it flags with another category, and which;
 * {@code --lines} lists every utterance flagged wrongly or missed. A check bank kept out of training
 * (qa-rules/training/check-banks) then measures one reading skill by itself, e.g. whether the model tells a customer
 * staying from one leaving.
 */
public final class ReadBankCommand implements CliCommand {

    private static final String USAGE = "read-bank --bank FILE [--model FILE] [--threshold 0.5]"
            + " [--degrade none|nopunct|cer=0.2] [--seed N] [--lines]";
    /** The group of utterances whose category is null. */
    private static final String NO_SIGNAL = "(none)";

    @Override
    public String name() {
        return "read-bank";
    }

    @Override
    public String usage() {
        return USAGE + "  what the clause model reads in each utterance of a bank";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path bank = null;
        Path modelFile = null;
        double threshold = 0.5;
        boolean lines = false;
        Degradation degradation = Degradation.NONE;
        long seed = 1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bank" -> bank = Path.of(value(args, ++i, a));
                case "--model" -> modelFile = Path.of(value(args, ++i, a));
                case "--threshold" -> threshold = CliArgs.number(value(args, ++i, a), a, p -> p > 0 && p < 1,
                        "a probability between 0 and 1 (e.g. 0.5)");
                case "--degrade" -> degradation = Degradations.parse(value(args, ++i, a), a);
                case "--seed" -> seed = Degradations.seed(value(args, ++i, a));
                case "--lines" -> lines = true;
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (bank == null) {
            throw new UserError("--bank FILE is required (e.g. --bank qa-rules/training/check-banks/bank-i.jsonl)");
        }
        if (!Files.isRegularFile(bank)) {
            throw new UserError("no bank file at " + bank + "; give a JSON-lines file of {\"text\", \"speaker\","
                    + " \"category\"}");
        }
        if (modelFile != null && !Files.isRegularFile(modelFile)) {
            throw new UserError("no clause model at " + modelFile + "; give a file train-semantic wrote");
        }
        ClauseModel model = modelFile != null ? ClauseModel.read(modelFile)
                : ClauseModel.named(TextOperator.Semantic.DEFAULT_MODEL);
        List<Example> utterances = TrainingExamples.fromBank(bank, new RecognizerChannel(degradation, seed));
        Map<String, Tally> tallies = new TreeMap<>();
        for (Example u : utterances) {
            String gold = u.labels().isEmpty() ? NO_SIGNAL : u.labels().iterator().next();
            Map<String, Double> read = strongest(model, u);
            Set<String> flagged = flagged(read, threshold);
            Tally tally = tallies.computeIfAbsent(gold, g -> new Tally());
            tally.utterances++;
            boolean found = flagged.contains(gold);
            if (found) {
                tally.found++;
            }
            List<String> others = flagged.stream().filter(c -> !c.equals(gold)).toList();
            if (!others.isEmpty()) {
                tally.flaggedOther++;
            }
            others.forEach(c -> tally.instead.merge(c, 1, Integer::sum));
            boolean wrong = gold.equals(NO_SIGNAL) ? !flagged.isEmpty() : !found || flagged.size() > 1;
            if (lines && wrong) {
                out.printf(Locale.ROOT, "%s\t%s\tread %s\t%s%n", u.source(), gold, describe(read, threshold),
                        u.text());
            }
        }
        out.printf(Locale.ROOT, "%s: %d utterances, clause model %s, flagged at %.2f%s%n", bank, utterances.size(),
                model.name(), threshold, degradation == Degradation.NONE ? ""
                        : ", through the simulated recognizer (" + degradation + ", seed " + seed + ")");
        out.printf(Locale.ROOT, "%-18s %6s %6s %6s  %s%n", "gold", "lines", "found", "other", "other categories");
        tallies.forEach((gold, t) -> out.printf(Locale.ROOT, "%-18s %6d %6s %6d  %s%n", gold, t.utterances,
                gold.equals(NO_SIGNAL) ? "-" : Integer.toString(t.found), t.flaggedOther,
                t.instead.isEmpty() ? "-" : t.instead));
        return 0;
    }

    /** Each churn category's strongest reading over the utterance's clauses. */
    private static Map<String, Double> strongest(ClauseModel model, Example u) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ClauseModel.Scored clause : model.score(u.text(), u.customer(), AdjacentTurn.NONE, AdjacentTurn.NONE)) {
            for (String category : EvalScorer.CATEGORIES) {
                out.merge(category, clause.probabilities().getOrDefault(category, 0.0), Math::max);
            }
        }
        return out;
    }

    private static Set<String> flagged(Map<String, Double> read, double threshold) {
        Set<String> out = new TreeSet<>();
        read.forEach((category, p) -> {
            if (p >= threshold) {
                out.add(category);
            }
        });
        return out;
    }

    private static String describe(Map<String, Double> read, double threshold) {
        StringBuilder s = new StringBuilder();
        read.entrySet().stream().filter(e -> e.getValue() >= threshold / 2)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> s.append(s.isEmpty() ? "" : " ").append(e.getKey())
                        .append(String.format(Locale.ROOT, "=%.2f", e.getValue())));
        return s.isEmpty() ? "nothing" : s.toString();
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }

    private static final class Tally {
        int utterances;
        int found;
        /** Utterances flagged with at least one category other than their gold one. */
        int flaggedOther;
        final Map<String, Integer> instead = new TreeMap<>();
    }
}
