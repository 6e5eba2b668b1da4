package com.voiceqa.asr;

import com.voiceqa.core.arch.PackageGraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

/** This module's packages depend one way (see {@link PackageGraph}; run from the module's folder, as Maven does). */
class PackageCyclesTest {

    /**
     * Debt, each edge from an implementation package up to the facade package whose API types it uses (AsrConfig,
     * AsrSession, EngineLoad, ProgressListener, SessionClosedException) while the facade wires the implementation.
     * Moving those types out of the facade package (or the facade into its own) removes both.
     */
    private static final Set<String> KNOWN_WRONG_WAY = Set.of(
            "com.voiceqa.asr.engine -> com.voiceqa.asr",
            "com.voiceqa.asr.model -> com.voiceqa.asr");

    @Test
    void packagesFormNoCycle() {
        PackageGraph.of(Path.of("src/main/java")).assertNoCyclesExcept(KNOWN_WRONG_WAY);
    }
}
