package com.voiceqa.web.retention;

import com.voiceqa.web.api.ApiException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Account tiers by annual value (docs/retention.md, "Big accounts"): {@code key} (重点客户) are the top
 * {@link #KEY_SHARE} of the valued accounts, company-wide (so a tier means the same to everyone), at least one;
 * {@code standard} the other valued ones; {@code unrated} accounts without a value.
 */
public final class AccountTier {

    public static final String KEY = "key";
    public static final String STANDARD = "standard";
    public static final String UNRATED = "unrated";
    public static final List<String> ALL = List.of(KEY, STANDARD, UNRATED);
    static final double KEY_SHARE = 0.2;

    private AccountTier() {
    }

    /** Tier per account id for every valued account; accounts not in the map are unrated. */
    static Map<Long, String> of(Map<Long, Double> values) {
        List<Map.Entry<Long, Double>> ranked = values.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        int keys = ranked.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(ranked.size() * KEY_SHARE));
        Map<Long, String> tiers = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            tiers.put(ranked.get(i).getKey(), i < keys ? KEY : STANDARD);
        }
        return tiers;
    }

    static String check(String tier) {
        if (tier != null && !ALL.contains(tier)) {
            throw ApiException.badRequest("客户分层无效 / tier must be one of " + String.join(", ", ALL));
        }
        return tier;
    }
}
