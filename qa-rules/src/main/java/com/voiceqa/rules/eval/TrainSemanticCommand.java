package com.voiceqa.rules.eval;

import com.voiceqa.asr.cli.CliCommand;
import com.voiceqa.asr.cli.CliArgs;
import com.voiceqa.asr.cli.UserError;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.semantic.ClauseModelTrainer;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;
import com.voiceqa.rules.semantic.SentenceEncoder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./voiceqa train-semantic --corpus DIR... [--bank FILE]... --out FILE}: trains the clause model that the
 * rule packs' {@code semantic} conditions read, from labeled calls (churn categories, the QA span items and negative
 * customer turns) and utterance banks. The built-in model is made with this command; docs/rules.md gives the exact invocation.
 */
public final class TrainSemanticCommand implements CliCommand {

    static final List<String> LABELS = List.of("price", "competitor", "service", "quality", "communication",
            "contact_change", "demand_reduction", "non_renewal", "channel_conflict", TrainingExamples.CUSTOMER_NEGATIVE,
            TrainingExamples.FORBIDDEN_WORDS, TrainingExamples.OVER_PROMISE);

    @Override
    public String name() {
        return "train-semantic";
    }

    @Override
    public String usage() {
        return "train-semantic --corpus DIR... [--bank FILE]... --out FILE  train the clause model of semantic rule conditions";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<Path> corpora = new ArrayList<>();
        List<Path> banks = new ArrayList<>();
        Path target = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--corpus" -> corpora.add(Path.of(value(args, ++i, a)));
                case "--bank" -> banks.add(Path.of(value(args, ++i, a)));
                case "--out" -> target = Path.of(value(args, ++i, a));
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (corpora.isEmpty() || target == null) {
            throw new UserError("--corpus DIR and --out FILE are required; usage: " + usage());
        }
        List<Example> examples = new ArrayList<>();
        ObjectNode provenance = JsonMapper.shared().createObjectNode();
        int calls = 0;
        for (Path dir : corpora) {
            List<CorpusCall> read = CorpusReader.read(dir);
            calls += read.size();
            examples.addAll(TrainingExamples.fromCalls(read));
            provenance.withArray("corpora").add(dir.getFileName() + " (" + read.size() + " calls)");
        }
        for (Path bank : banks) {
            List<Example> read = TrainingExamples.fromBank(bank);
            examples.addAll(read);
            provenance.withArray("banks").add(bank.getFileName() + " (" + read.size() + " utterances)");
        }
        provenance.put("calls", calls).put("examples", examples.size());
        int total = examples.size();
        err.printf("train-semantic: %d calls, %d banks, %d clauses; encoding…%n", calls, banks.size(), total);
        ClauseModel model = ClauseModelTrainer.train(nameOf(target), LABELS, examples, SentenceEncoder.builtIn(),
                provenance, done -> {
                    if (done % 500 == 0 || done == total) {
                        err.printf("  encoded %d / %d clauses%n", done, total);
                    }
                });
        err.println("  fitting " + LABELS.size() + " labels…");
        model.write(target);
        out.println("wrote " + target + " (" + LABELS.size() + " labels, " + total + " training clauses)");
        return 0;
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, "train-semantic --corpus DIR... [--bank FILE]... --out FILE");
    }
}
