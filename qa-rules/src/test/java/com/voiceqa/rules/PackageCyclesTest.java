package com.voiceqa.rules;

import com.voiceqa.core.arch.PackageGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

/** This module's packages depend one way (see {@link PackageGraph}; run from the module's folder, as Maven does). */
class PackageCyclesTest {

    /**
     * Debt: match and pack use result types of the root package (Evidence, RuleExplanation, Severity, ChurnRisk)
     * while the root package (RuleEngine) drives them. Moving those records into their own package removes both.
     */
    private static final Set<String> KNOWN_WRONG_WAY = Set.of(
            "com.voiceqa.rules.match -> com.voiceqa.rules",
            "com.voiceqa.rules.pack -> com.voiceqa.rules");

    @Test
    void packagesFormNoCycle() {
        PackageGraph.of(Path.of("src/main/java")).assertNoCyclesExcept(KNOWN_WRONG_WAY);
    }
}
