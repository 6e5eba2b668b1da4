package com.voiceqa.rules.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The numbers the risk model reads: one vector per call for its risk level, one per (call, category) for whether the
 * category is reported, one per (call, category, turn) for whether a reported category's turn is pointed at. The names
 * are stored with a trained model, so a model and this code must agree to load.
 */
public final class RiskFeatures {

    /**
     * Names of the call's sums among the {@link #level} features, in order. {@code categories_recurring} counts the
     * categories whose findings point at two or more turns: a complaint the customer comes back to is less often a hard
     * negative said once and dropped (it raised pooled cross-validated churn F1 and risk accuracy, clean and at 20 %
     * CER, with no more false alarms: docs/packs-history.md, "Packs 2026.12.3").
     */
    public static final List<String> CALL_SUMS = List.of("gate_sum", "categories_high", "categories_high_cued",
            "categories_medium", "categories_low", "categories_low_cued", "model_top", "model_second_category",
            "model_sum", "categories_over", "windows_over", "negative_top", "negative_windows", "utterances",
            "categories_recurring");

    /**
     * What the level reads of each category besides the sums: the guide's risk level depends on which categories the
     * customer raises (a non-renewal weighs more than a price remark), which sums over categories cannot tell apart
     * (docs/packs-history.md, "Packs 2026.12.12").
     */
    private static final List<String> PER_CATEGORY = List.of("high", "high_cued", "medium", "low", "low_cued", "top",
            "second", "turns");

    private static final List<String> CATEGORY_OWN = List.of("high", "high_cued", "medium", "low", "low_cued", "top",
            "second", "windows_over", "turns", "other_categories", "negative_top", "utterances");

    /**
     * An optional input of the reporting logistic: the share of the category's finding turns at which another category
     * found in the call reads a higher turn probability. Two categories firing on one turn are often one sign read
     * twice (a service complaint also read as communication); on 2026.12.26's rows a reported category dominated at
     * every turn was labeled in 56 % of calls, one never dominated in 93 % (docs/packs-history.md, "Stop 45").
     */
    public static final String DOMINATED = "dominated";

    /**
     * The reporting logistic's optional inputs, in the order they follow its own: a model names those it reads, and
     * models trained before them name none and are read without them.
     */
    public static final List<String> OPTIONAL_CATEGORY = List.of(DOMINATED);

    /**
     * What the turn logistic reads of one turn of a category ({@link TurnSignals}): its own findings and probability,
     * how far that is below the category's strongest window, who spoke, whether it is the category's first turn, how
     * many turns the category has and how many other categories point at the same turn.
     */
    private static final List<String> TURN_OWN = List.of("high", "high_cued", "medium", "low", "low_cued",
            "probability", "below_top", "customer", "first", "category_turns", "other_categories_here");

    private RiskFeatures() {
    }

    /** Names of {@link #turn} features for these categories: the turn's own, then one flag per category. */
    public static List<String> turnNames(List<String> categories) {
        List<String> names = new ArrayList<>(TURN_OWN);
        categories.forEach(c -> names.add("is_" + c));
        return names;
    }

    /** The features of turn {@code t} of category {@code index} of {@code s}. */
    public static double[] turn(CallSignals s, int index, TurnSignals t) {
        CategorySignals c = s.categories().get(index);
        long othersHere = s.categories().stream().filter(o -> o != c && o.turns().contains(t.turn())).count();
        double[] own = {Math.log1p(t.high()), Math.log1p(t.highCued()), Math.log1p(t.medium()), Math.log1p(t.low()),
                Math.log1p(t.lowCued()), t.probability(), c.top() - t.probability(), t.customer() ? 1 : 0,
                c.turns().getFirst() == t.turn() ? 1 : 0, Math.log1p(c.turns().size()), othersHere};
        double[] x = new double[own.length + s.categories().size()];
        System.arraycopy(own, 0, x, 0, own.length);
        x[own.length + index] = 1;
        return x;
    }

    /** Names of {@link #level} features for these categories: the call's sums, then each category's own numbers. */
    public static List<String> levelNames(List<String> categories) {
        List<String> names = new ArrayList<>(CALL_SUMS);
        categories.forEach(c -> PER_CATEGORY.forEach(f -> names.add(c + "_" + f)));
        return names;
    }

    /** Names of {@link #category} features for these categories: the category's own, then one flag per category. */
    public static List<String> categoryNames(List<String> categories) {
        return categoryNames(categories, List.of());
    }

    /** @param optional which of {@link #OPTIONAL_CATEGORY} follow the category's own features, in that order */
    public static List<String> categoryNames(List<String> categories, List<String> optional) {
        requireOptional(optional);
        List<String> names = new ArrayList<>(CATEGORY_OWN);
        names.addAll(optional);
        categories.forEach(c -> names.add("is_" + c));
        return names;
    }

    /** Refuses {@code optional} unless it is some of {@link #OPTIONAL_CATEGORY}, in that order. */
    public static void requireOptional(List<String> optional) {
        if (!optionalIn(optional).equals(optional)) {
            throw new IllegalArgumentException("the reporting logistic's optional inputs are some of "
                    + OPTIONAL_CATEGORY + ", in that order, not " + optional);
        }
    }

    /** Which of {@link #OPTIONAL_CATEGORY} a model's reporting features {@code names} include, in order. */
    public static List<String> optionalIn(List<String> names) {
        return OPTIONAL_CATEGORY.stream().filter(names::contains).toList();
    }

    public static double[] level(CallSignals s) {
        List<Double> tops = new ArrayList<>();
        int high = 0;
        int highCued = 0;
        int medium = 0;
        int low = 0;
        int lowCued = 0;
        int over = 0;
        int windows = 0;
        int recurring = 0;
        double sum = 0;
        for (CategorySignals c : s.categories()) {
            high += c.high() > 0 ? 1 : 0;
            highCued += c.high() == 0 && c.highCued() > 0 ? 1 : 0;
            medium += c.medium() > 0 ? 1 : 0;
            low += c.low() > 0 ? 1 : 0;
            lowCued += c.low() == 0 && c.lowCued() > 0 ? 1 : 0;
            over += c.windowsOver() > 0 ? 1 : 0;
            windows += c.windowsOver();
            recurring += c.turns().size() > 1 ? 1 : 0;
            sum += c.top();
            tops.add(c.top());
        }
        tops.sort(Collections.reverseOrder());
        double[] sums = {s.gateSum(), high, highCued, medium, low, lowCued, tops.isEmpty() ? 0 : tops.get(0),
                tops.size() < 2 ? 0 : tops.get(1), sum, over, Math.log1p(windows), s.negativeTop(),
                Math.log1p(s.negativeWindows()), Math.log1p(s.utterances()), recurring};
        double[] x = new double[sums.length + PER_CATEGORY.size() * s.categories().size()];
        System.arraycopy(sums, 0, x, 0, sums.length);
        int at = sums.length;
        for (CategorySignals c : s.categories()) {
            for (String name : PER_CATEGORY) {
                x[at++] = own(s, c, name);
            }
        }
        return x;
    }

    /** The features of category {@code index} of {@code s}. */
    public static double[] category(CallSignals s, int index) {
        return category(s, index, List.of());
    }

    /** @param optional which of {@link #OPTIONAL_CATEGORY} to compute after the category's own features */
    public static double[] category(CallSignals s, int index, List<String> optional) {
        CategorySignals c = s.categories().get(index);
        int own = CATEGORY_OWN.size() + optional.size();
        double[] x = new double[own + s.categories().size()];
        for (int i = 0; i < CATEGORY_OWN.size(); i++) {
            x[i] = own(s, c, CATEGORY_OWN.get(i));
        }
        for (int i = 0; i < optional.size(); i++) {
            x[CATEGORY_OWN.size() + i] = own(s, c, optional.get(i));
        }
        x[own + index] = 1;
        return x;
    }

    /**
     * {@link #DOMINATED}: the share of {@code c}'s finding turns at which another category reads a higher turn
     * probability; 0 for a category without turn signals (signals stored before stop 27).
     */
    private static double dominated(CallSignals s, CategorySignals c) {
        return c.turnSignals().stream().mapToDouble(t -> s.categories().stream()
                .filter(o -> o != c)
                .flatMap(o -> o.turnSignals().stream())
                .anyMatch(o -> o.turn() == t.turn() && o.probability() > t.probability()) ? 1 : 0)
                .average().orElse(0);
    }

    /**
     * One number of category {@code c} of {@code s}, by its feature name: the level and the reporting logistic read
     * some of the same ones, so each is defined once, here.
     */
    private static double own(CallSignals s, CategorySignals c, String name) {
        return switch (name) {
            case "high" -> Math.log1p(c.high());
            case "high_cued" -> Math.log1p(c.highCued());
            case "medium" -> Math.log1p(c.medium());
            case "low" -> Math.log1p(c.low());
            case "low_cued" -> Math.log1p(c.lowCued());
            case "top" -> c.top();
            case "second" -> c.second();
            case "windows_over" -> Math.log1p(c.windowsOver());
            case "turns" -> Math.log1p(c.turns().size());
            case "other_categories" -> s.categories().stream().filter(o -> o != c && o.found()).count();
            case "negative_top" -> s.negativeTop();
            case "utterances" -> Math.log1p(s.utterances());
            case DOMINATED -> dominated(s, c);
            default -> throw new IllegalStateException("no category feature named " + name);
        };
    }
}
