package com.voiceqa.rules.pack;

/** How a negation word shortly before a match (in the same clause) affects it. */
public enum NegationMode {
    /** A negated match does not count ("我们没打算换供应商" is no switch signal). The default. */
    EXCLUDE,
    /** Negation is irrelevant, e.g. the term itself is a negated form ("不续约"). */
    IGNORE,
    /** Only negated matches count ("不满意" written as 满意 + only). */
    ONLY
}
