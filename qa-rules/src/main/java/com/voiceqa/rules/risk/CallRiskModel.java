package com.voiceqa.rules.risk;

import com.voiceqa.rules.semantic.ModelFiles;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The call-level churn risk model. The level is ordinal: one linear score s over the call's {@link RiskFeatures#level}
 * features, and the level is how many of the three cut points (none|low, low|medium, medium|high) s exceeds; each
 * cut's logistic {@code sigmoid(s - cut)} is the calibrated probability that the risk is at least that level. Or, in a
 * model with a {@link SoftmaxLevel}, the level is a multinomial logistic over the same features (then {@code level}
 * and {@code cuts} are null). Which categories are reported is a logistic per (call, category) over
 * {@link RiskFeatures#category}, reported at or above {@code threshold} (or its category's own,
 * {@link #reportingThreshold}); which of a reported category's turns are pointed at, a logistic per turn over
 * {@link RiskFeatures#turn} (the likeliest turn always is). The two agree by construction: a call at level none
 * reports nothing, and a call at risk reports at least its likeliest category (a lone weak signal stays, as
 * {@code low}); a call with no finding at all is none.
 * <p>Early warning: the false-alarm budget raises the none|low cut until it can meet the low|medium cut, and then no
 * call scores {@code low}. A call the level leaves at none whose likeliest category's reporting probability is at
 * least {@code lowThreshold} is {@code low} instead, with its category: the reporting logistic reads each category's
 * own findings and cues, where the level reads the call's sums, so it is the model's separate view of "one real weak
 * signal" against "a hard negative". Measured, not shipped: it found 2 of 101 lone weak signals (docs/packs-history.md, "An
 * honest budget, early warning and context dropout").
 *
 * @param name          the model's name ({@code risk.model} of a churn pack)
 * @param version       the pack version it was trained for
 * @param categories    the churn categories, in {@link CallSignals#categories} order
 * @param levelFeatures names of the level features ({@link RiskFeatures#levelNames}), checked on loading
 * @param level         the ordinal score (its bias is 0: the cuts carry it); null with a softmax level
 * @param cuts          the three cut points, ascending; null with a softmax level
 * @param softmaxLevel  the multinomial level in place of the ordinal score and cuts (null: ordinal, as in every model
 *                      shipped before 2026.12.26)
 * @param signal        the per-category reporting logistic
 * @param threshold     probability at or above which a category is reported
 * @param categoryThresholds each category's own reporting threshold in place of {@code threshold} (null: the one
 *                      threshold for all, as in every model shipped so far)
 * @param lowThreshold  reporting probability at or above which a call the level leaves at none is {@code low} (null:
 *                      no early warning)
 * @param unreported    what becomes of a call the level puts at risk when none of its categories reaches
 *                      {@code threshold} (null: {@link Unreported#LIKELIEST}, as in every model shipped so far)
 * @param turnFeatures  names of the turn features ({@link RiskFeatures#turnNames}), checked on loading
 * @param turn          the per-turn logistic: which turns of a reported category are pointed at (null: every turn
 *                      holding a finding, as in every model shipped so far)
 * @param turnThreshold probability at or above which a reported category's turn is pointed at; its likeliest turn
 *                      always is
 * @param training      how it was trained (data, settings), for the record
 */
public record CallRiskModel(String name, String version, List<String> categories, List<String> levelFeatures,
                            Linear level, double[] cuts, SoftmaxLevel softmaxLevel, List<String> signalFeatures,
                            Linear signal, double threshold, Map<String, Double> categoryThresholds,
                            Double lowThreshold, Unreported unreported,
                            List<String> turnFeatures,
                            Linear turn, Double turnThreshold, Map<String, Object> training) {

    private static final String RESOURCE_DIR = "com/voiceqa/rules/risk/";
    private static final Map<String, CallRiskModel> LOADED = new ConcurrentHashMap<>();

    /**
     * What becomes of a call the level puts at risk when the reporting logistic reaches its threshold for none of the
     * call's categories: the level says "something is wrong" and the categories' own evidence cannot say what.
     */
    public enum Unreported {
        /** It keeps its level and reports its likeliest category. */
        LIKELIEST,
        /**
         * At {@code low} it is none (the guide's low is a weak sign <em>with its signal reported</em>: a low nothing
         * can be named for is the level reading the call's sums alone); above low it reports its likeliest category.
         */
        NONE_AT_LOW,
        /** At any level it is none. */
        NONE;

        boolean dropsAt(int level) {
            return this == NONE || this == NONE_AT_LOW && level == 1;
        }
    }

    public CallRiskModel {
        categories = List.copyOf(categories);
        unreported = unreported == null ? Unreported.LIKELIEST : unreported;
        levelFeatures = List.copyOf(levelFeatures);
        signalFeatures = List.copyOf(signalFeatures);
        turnFeatures = turnFeatures == null ? List.of() : List.copyOf(turnFeatures);
        if (!levelFeatures.equals(RiskFeatures.levelNames(categories))
                || !signalFeatures.equals(RiskFeatures.categoryNames(categories,
                        RiskFeatures.optionalIn(signalFeatures)))
                || turn != null && !turnFeatures.equals(RiskFeatures.turnNames(categories))
                || softmaxLevel != null && softmaxLevel.scores().getFirst().weights().length != levelFeatures.size()) {
            throw new IllegalArgumentException("risk model '" + name + "' was trained on other features than this"
                    + " version computes; retrain it with ./voiceqa cv-risk --out");
        }
        if (softmaxLevel != null && (level != null || cuts != null)) {
            throw new IllegalArgumentException("risk model '" + name + "' has a softmax level: it takes no ordinal"
                    + " score or cut points");
        }
        if (softmaxLevel == null && (level == null || cuts == null || cuts.length != 3 || cuts[0] > cuts[1]
                || cuts[1] > cuts[2])) {
            throw new IllegalArgumentException("risk model '" + name + "' needs an ordinal score and three ascending"
                    + " cut points, or a softmax level");
        }
        if (turn != null && !(turnThreshold != null && turnThreshold > 0 && turnThreshold <= 1)) {
            throw new IllegalArgumentException("risk model '" + name + "': a turn logistic needs a turn threshold, a"
                    + " probability in (0, 1], not " + turnThreshold);
        }
        if (categoryThresholds != null) {
            if (!categoryThresholds.keySet().equals(Set.copyOf(categories)) || categoryThresholds.values().stream()
                    .anyMatch(t -> t == null || !(t > 0 && t <= 1))) {
                throw new IllegalArgumentException("risk model '" + name + "': per-category thresholds name every"
                        + " category once, each a probability in (0, 1], not " + categoryThresholds);
            }
            // in the categories' order, so a written model file is the same from run to run
            Map<String, Double> ordered = new LinkedHashMap<>();
            for (String c : categories) {
                ordered.put(c, categoryThresholds.get(c));
            }
            categoryThresholds = Collections.unmodifiableMap(ordered);
        }
        if (lowThreshold != null && !(lowThreshold > 0 && lowThreshold <= 1)) {
            throw new IllegalArgumentException("risk model '" + name + "': the early-warning threshold is a"
                    + " probability in (0, 1], not " + lowThreshold);
        }
    }

    /**
     * The risk level (0 none … 3 high), the categories reported, in {@link #categories} order, and for each of them
     * the turns pointed at.
     */
    public record Decision(int level, List<String> reported, Map<String, List<Integer>> turns) {
        public Decision {
            reported = List.copyOf(reported);
            turns = Map.copyOf(turns);
            if (!turns.keySet().equals(Set.copyOf(reported))) {
                throw new IllegalArgumentException("a decision points at turns of exactly the reported categories");
            }
        }

        static final Decision NONE = new Decision(0, List.of(), Map.of());
    }

    public Decision decide(CallSignals s) {
        int lvl = level(RiskFeatures.level(s));
        List<String> optional = RiskFeatures.optionalIn(signalFeatures);
        List<String> reported = new ArrayList<>();
        String likeliest = null;
        double best = -1;
        for (int i = 0; i < categories.size(); i++) {
            if (!s.categories().get(i).found()) {
                continue;
            }
            double p = Linear.sigmoid(signal.score(RiskFeatures.category(s, i, optional)));
            if (p >= reportingThreshold(categories.get(i))) {
                reported.add(categories.get(i));
            }
            if (p > best) {
                best = p;
                likeliest = categories.get(i);
            }
        }
        if (likeliest == null) {
            return Decision.NONE;
        }
        if (lvl == 0 && lowThreshold != null && best >= lowThreshold) {
            lvl = 1;
        }
        if (lvl == 0 || reported.isEmpty() && unreported.dropsAt(lvl)) {
            return Decision.NONE;
        }
        List<String> chosen = reported.isEmpty() ? List.of(likeliest) : reported;
        Map<String, List<Integer>> turns = new LinkedHashMap<>();
        chosen.forEach(c -> turns.put(c, turns(s, categories.indexOf(c))));
        return new Decision(lvl, chosen, turns);
    }

    /** The reporting probability at or above which {@code category} is reported. */
    public double reportingThreshold(String category) {
        return categoryThresholds == null ? threshold : categoryThresholds.get(category);
    }

    /** The level (0 none … 3 high) the level features {@code x} score, before findings and early warning. */
    private int level(double[] x) {
        if (softmaxLevel != null) {
            return softmaxLevel.level(x);
        }
        double score = level.score(x);
        int lvl = 0;
        for (double cut : cuts) {
            lvl += score > cut ? 1 : 0;
        }
        return lvl;
    }

    /** The turns of category {@code index} to point at: its likeliest, and any other the turn logistic accepts. */
    private List<Integer> turns(CallSignals s, int index) {
        CategorySignals c = s.categories().get(index);
        if (turn == null || c.turnSignals().isEmpty()) {
            return c.turns();
        }
        boolean[] pointed = pointedAt(c.turnSignals().stream()
                .mapToDouble(t -> Linear.sigmoid(turn.score(RiskFeatures.turn(s, index, t)))).toArray(), turnThreshold);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pointed.length; i++) {
            if (pointed[i]) {
                out.add(c.turns().get(i));
            }
        }
        return out;
    }

    /**
     * Which of one category's turns are pointed at, from their turn probabilities: the likeliest (the first of equals)
     * and every other at or above {@code threshold}. The trainer fits the threshold by the same rule.
     */
    static boolean[] pointedAt(double[] probabilities, double threshold) {
        int likeliest = 0;
        for (int i = 1; i < probabilities.length; i++) {
            likeliest = probabilities[i] > probabilities[likeliest] ? i : likeliest;
        }
        boolean[] pointed = new boolean[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            pointed[i] = i == likeliest || probabilities[i] >= threshold;
        }
        return pointed;
    }

    /** A model by name ({@link ModelFiles}: the trained-models folder, else {@code risk/<name>.json} shipped here). */
    public static CallRiskModel named(String name) {
        return LOADED.computeIfAbsent(ModelFiles.checked(name), n -> {
            try (InputStream in = ModelFiles.open(n, RESOURCE_DIR)) {
                if (in == null) {
                    throw new IllegalArgumentException("no risk model '" + n + "' (built in: churn-risk; train"
                            + " another with ./voiceqa cv-risk --out into the folder named by"
                            + " VOICEQA_SEMANTIC_MODELS)");
                }
                return JsonMapper.shared().readValue(in, CallRiskModel.class);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read risk model '" + n + "': " + e.getMessage(), e);
            }
        });
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, JsonMapper.builder().enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .build().writeValueAsString(this));
    }
}
