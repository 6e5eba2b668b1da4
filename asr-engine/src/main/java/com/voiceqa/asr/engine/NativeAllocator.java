package com.voiceqa.asr.engine;

/**
 * The allocator Vosk's native decoder runs on in this process. The decoder allocates tokens and lattice links every
 * frame and spends about a fifth of its time in glibc's malloc; with jemalloc preloaded ({@code ./voiceqa} does it
 * when the library is installed) a live stream costs 15-25 % less CPU (BENCHMARKS.md, "jemalloc"). The difference
 * matters twice: a start without jemalloc says how to get it, and admission control assumes the decoders' cost of the
 * allocator in use until it has measured its own.
 */
public enum NativeAllocator {

    /**
     * jemalloc preloaded. Prior: the decoder threads' CPU per audio-second with jemalloc through the real gateway,
     * the highest of the idle-machine runs (a fresh gateway's 16 calls, cold starts included: 0.0483; warm 0.044-0.045).
     */
    JEMALLOC(0.048),
    /** glibc's malloc. Prior: the same figure measured before jemalloc (0.055-0.06 per stream on the decoders). */
    GLIBC(0.06);

    private final double decoderCostPrior;

    NativeAllocator(double decoderCostPrior) {
        this.decoderCostPrior = decoderCostPrior;
    }

    /** The allocator of this process: jemalloc when {@code LD_PRELOAD} names it, else glibc's. */
    public static NativeAllocator current() {
        return System.getenv().getOrDefault("LD_PRELOAD", "").contains("jemalloc") ? JEMALLOC : GLIBC;
    }

    /**
     * CPU-seconds per audio-second of one live channel on the decoder threads (English test model, 2 cores), assumed
     * before anything was measured.
     */
    double decoderCostPrior() {
        return decoderCostPrior;
    }

    /** For the engine's start line: which allocator, and what to do when it is not jemalloc. */
    public String describe() {
        return this == JEMALLOC ? "native allocator jemalloc"
                : "native allocator glibc (live streams cost 15-25 % more CPU: install jemalloc, e.g. apt-get install "
                        + "libjemalloc2, and start through ./voiceqa)";
    }
}
