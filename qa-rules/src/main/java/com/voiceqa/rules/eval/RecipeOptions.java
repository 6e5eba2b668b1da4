package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.semantic.ClauseModelTrainer;
import com.voiceqa.rules.semantic.HeadKind;

import java.util.List;

/**
 * The options that say how a clause model is trained ({@link ClauseModelTrainer.Recipe}), read the same way by
 * {@code train-semantic} and {@code cv-semantic}, so a cross-validated recipe is exactly the one trained.
 */
final class RecipeOptions {

    static final String USAGE = "[--head linear|context-mlp [--context-dropout P] [--head-seeds N] [--next-turn]]"
            + " [--pinyin-ngrams [--negation-ngrams]]";

    /** Every network adds its 100,000 multiply-adds per window to inference, so an ensemble stays small. */
    private static final int MAX_HEAD_SEEDS = 9;

    private HeadKind head = HeadKind.LINEAR;
    private double contextDropout;
    private int headSeeds = 1;
    private boolean pinyinNgrams;
    private boolean negationNgrams;
    private boolean nextTurn;

    /**
     * Reads the option at {@code args[i]} when it is one of these.
     *
     * @return the index of the option's last argument, or -1 when {@code args[i]} is not a recipe option
     */
    int read(List<String> args, int i, String usage) {
        String flag = args.get(i);
        switch (flag) {
            case "--head" -> head = head(CliArgs.value(args, ++i, flag, usage), flag);
            case "--context-dropout" -> contextDropout = contextDropout(CliArgs.value(args, ++i, flag, usage), flag);
            case "--head-seeds" -> headSeeds = headSeeds(CliArgs.value(args, ++i, flag, usage), flag);
            case "--pinyin-ngrams" -> pinyinNgrams = true;
            case "--negation-ngrams" -> negationNgrams = true;
            case "--next-turn" -> nextTurn = true;
            default -> {
                return -1;
            }
        }
        return i;
    }

    /**
     * The options as a recipe; context dropout, seed ensembles and the next turn are refused without the context head,
     * negation marks without the pinyin n-grams they mark.
     */
    ClauseModelTrainer.Recipe recipe() {
        if (negationNgrams && !pinyinNgrams) {
            throw new UserError("--negation-ngrams marks the pinyin n-grams under a negation: give --pinyin-ngrams too");
        }
        if ((contextDropout > 0 || headSeeds > 1 || nextTurn) && head != HeadKind.CONTEXT_MLP) {
            throw new UserError("--context-dropout, --head-seeds and --next-turn are options of the context head (its"
                    + " turn inputs, its networks): give --head context-mlp too");
        }
        return new ClauseModelTrainer.Recipe(head, contextDropout, headSeeds, pinyinNgrams, negationNgrams,
                nextTurn);
    }

    /** The head named by {@code --head}, refused with the choices. */
    private static HeadKind head(String id, String flag) {
        try {
            return HeadKind.of(id);
        } catch (IllegalArgumentException e) {
            throw new UserError(flag + ": " + e.getMessage());
        }
    }

    /** {@code --context-dropout P}: a share of the training windows, from 0 to below 1. */
    private static double contextDropout(String text, String flag) {
        return CliArgs.number(text, flag, p -> p >= 0 && p < 1,
                "the share of training windows read without their context, from 0 to below 1 (e.g. 0.3)");
    }

    /** {@code --head-seeds N}: how many networks of the context head to train and average, 1 to 9. */
    private static int headSeeds(String text, String flag) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_HEAD_SEEDS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UserError(flag + " takes how many context-head networks to train from consecutive seeds and average,"
                + " 1 to " + MAX_HEAD_SEEDS + " (e.g. 3), not '" + text + "'");
    }
}
