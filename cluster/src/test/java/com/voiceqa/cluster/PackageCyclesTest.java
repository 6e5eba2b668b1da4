package com.voiceqa.cluster;

import com.voiceqa.core.arch.PackageGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

/** This module's packages depend one way (see {@link PackageGraph}). */
class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        PackageGraph.of(Path.of("src/main/java")).assertNoCyclesExcept(Set.of());
    }
}
