package com.voiceqa.gateway;

import com.voiceqa.core.arch.PackageGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

/**
 * This module's packages depend one way (see {@link PackageGraph}; run from the module's folder, as Maven does): the
 * root package (Gateway, the command) wires the others, and nothing points back to it.
 */
class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageGraph.of(Path.of("src/main/java")).assertNoCyclesExcept(Set.of());
    }
}
