package com.voiceqa.asr.diarize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How much a text sounds like the rep rather than the customer: a naive Bayes over character bigrams (self
 * introductions, 您-forms, company names, product pitch on one side; complaints, prices asked, "我们这边" on the
 * other), learned from the labeled calls' rep and customer turns. Positive scores mean rep.
 *
 * <p>The built-in weights ({@code role-bigrams.tsv}, one {@code bigram<TAB>log-odds} line each) are made by
 * {@link #train} from {@code qa-rules/training/calls} (not from the test calls it is measured on); see
 * docs/ARCHITECTURE.md.
 */
public final class RoleTextScorer {

    static final String RESOURCE = "role-bigrams.tsv";
    /** Bigrams seen fewer times than this in training say more about one call than about the roles. */
    private static final int MIN_COUNT = 3;

    private final Map<String, Double> logOdds;

    RoleTextScorer(Map<String, Double> logOdds) {
        this.logOdds = Map.copyOf(logOdds);
    }

    public static RoleTextScorer builtIn() {
        try (InputStream in = Objects.requireNonNull(RoleTextScorer.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Double> weights = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
                }
            }
            return new RoleTextScorer(weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in role text weights " + RESOURCE, e);
        }
    }

    /** Learns the log-odds from rep texts and customer texts (add-one smoothing, rare bigrams dropped). */
    public static RoleTextScorer train(List<String> repTexts, List<String> customerTexts) {
        Map<String, int[]> counts = new HashMap<>();
        int[] totals = new int[2];
        for (int role = 0; role < 2; role++) {
            for (String text : role == 0 ? repTexts : customerTexts) {
                for (String bigram : bigrams(text)) {
                    counts.computeIfAbsent(bigram, b -> new int[2])[role]++;
                    totals[role]++;
                }
            }
        }
        Map<String, Double> weights = new HashMap<>();
        int vocabulary = counts.size();
        counts.forEach((bigram, c) -> {
            if (c[0] + c[1] >= MIN_COUNT) {
                double rep = (c[0] + 1.0) / (totals[0] + vocabulary);
                double customer = (c[1] + 1.0) / (totals[1] + vocabulary);
                weights.put(bigram, Math.log(rep / customer));
            }
        });
        return new RoleTextScorer(weights);
    }

    /** Writes the weights in the resource's format, sorted so that retraining gives a readable diff. */
    public void write(Writer out) throws IOException {
        for (Map.Entry<String, Double> e : logOdds.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            out.write(e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.3f", e.getValue()) + "\n");
        }
    }

    /** Sum of the bigrams' log-odds: the evidence, in nats, that the text is the rep's. */
    public double score(String text) {
        double sum = 0;
        for (String bigram : bigrams(text)) {
            sum += logOdds.getOrDefault(bigram, 0.0);
        }
        return sum;
    }

    /** Adjacent pairs of CJK characters and letters; punctuation and spaces break pairs. */
    private static List<String> bigrams(String text) {
        List<String> bigrams = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))) {
                bigrams.add(text.substring(i, i + 2));
            }
        }
        return bigrams;
    }
}
