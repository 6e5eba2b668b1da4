package com.voiceqa.rules;

import java.util.List;

/**
 * Score of one dimension (e.g. 开场, 合规, 服务态度) of a call.
 *
 * @param dimension the dimension's name from the pack
 * @param score     points after deductions and additions, clamped to 0..max
 * @param max       the dimension's full score
 * @param ruleIds   the rules whose findings changed this dimension
 */
public record DimensionScore(String dimension, double score, double max, List<String> ruleIds) {
    public DimensionScore {
        ruleIds = List.copyOf(ruleIds);
    }
}
