package com.voiceqa.asr.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admission rule: capacity learned from the CPU time of decoding turns, less the cores other processes take; a
 * lagging session closes the door; an idle engine admits all.
 */
class LiveCapacityTest {

    private static final long SECOND = 1_000_000_000L;
    private static final double INITIAL_COST = 0.06;

    @Test
    void capacityFollowsTheMeasuredCpuCostPerAudioSecond() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        assertEquals((int) (2 * LiveCapacity.TARGET_UTILIZATION / INITIAL_COST), capacity.channels());
        long now = System.nanoTime();
        for (int window = 1; window <= 40; window++) { // turns costing 0.1 CPU-s per audio-s, for a while
            for (int turn = 0; turn < 20; turn++) {
                capacity.turn(20_000_000, 20_000_000, 0.2, true);
            }
            capacity.update(now + window * SECOND, 0);
        }
        assertEquals(0.1, capacity.costPerAudioSecond(), 0.001);
        assertEquals(17, capacity.channels(), "2 cores × 0.85 / 0.1");
    }

    @Test
    void aColdRecognizersStartIsNotTheSteadyCostButIsCountedAsCoresInUse() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        long now = System.nanoTime();
        for (int window = 1; window <= 40; window++) { // warm turns at 0.05, new recognizers' first turns at 0.3
            for (int turn = 0; turn < 20; turn++) {
                capacity.turn(10_000_000, 10_000_000, 0.2, true);
                capacity.turn(60_000_000, 60_000_000, 0.2, false);
            }
            capacity.update(now + window * SECOND, 0);
        }
        assertEquals(0.05, capacity.costPerAudioSecond(), 0.001, "the cost calls pay once their recognizers are warm");
        assertTrue(capacity.channels() >= 33, "2 cores × 0.85 / 0.05, not / 0.175 (9 channels) with the cold turns: "
                + capacity.channels());
        assertEquals(1.4, capacity.coresUsed(), 0.001, "what the workers use now includes the cold turns");
    }

    @Test
    void waitingForACoreIsNotCostButKeepsTheWorkersBusy() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        long now = System.nanoTime();
        for (int window = 1; window <= 40; window++) { // each turn waits for a core 3× as long as it runs on one
            for (int turn = 0; turn < 20; turn++) {
                capacity.turn(60_000_000, 15_000_000, 0.2, true);
            }
            capacity.update(now + window * SECOND, 0);
        }
        assertEquals(0.075, capacity.costPerAudioSecond(), 0.001, "the CPU time, not the 0.3 s of wall per audio-s");
        assertEquals(0.3, capacity.coresUsed(), 0.001);
        assertEquals(22, capacity.channels(), "2 cores × 0.85 / 0.075");
        assertTrue(capacity.busy(), "1.2 s of turns per second on two workers: sessions batch");
    }

    @Test
    void coresOtherProcessesTakeAreNotCountedAsTheWorkers() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        long now = System.nanoTime();
        for (int window = 1; window <= 40; window++) { // a build takes one of the two cores, steadily
            capacity.update(now + window * SECOND, 1.0);
        }
        assertEquals(1.0, capacity.workerCores(), 0.01);
        assertEquals(14, capacity.channels(), "1 core × 0.85 / 0.06");
        for (int window = 41; window <= 80; window++) { // the build ended
            capacity.update(now + window * SECOND, 0);
        }
        assertEquals(28, capacity.channels(), "both cores again: 2 × 0.85 / 0.06");
    }

    @Test
    void aBriefSpikeOfOtherProcessesMovesCapacityOnlyALittle() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        capacity.update(System.nanoTime(), 2.0); // one second of another process on both cores
        assertTrue(capacity.channels() >= 20, "smoothed: " + capacity.channels());
    }

    @Test
    void workersNeverCountMoreCoresThanThereAreWorkers() {
        assertEquals(1.0, new LiveCapacity(1, 8, Integer.MAX_VALUE, INITIAL_COST).workerCores());
        assertEquals(2.0, new LiveCapacity(4, 2, Integer.MAX_VALUE, INITIAL_COST).workerCores(), "four threads, two cores");
    }

    @Test
    void coresUsedIsTheWorkersCpuTimePerSecondOfTheLastWindow() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        long start = System.nanoTime();
        capacity.update(start, 0);
        capacity.turn(600_000_000, 600_000_000, 0.2, true); // two workers on CPU 0.6 s and 0.9 s of one second
        capacity.turn(900_000_000, 900_000_000, 0.2, true);
        capacity.update(start + SECOND, 0);
        assertEquals(1.5, capacity.coresUsed(), 1e-9);
        assertTrue(capacity.busy(), "1.5 of 2 workers in use: sessions batch their turns");
        capacity.update(start + 2 * SECOND, 0);
        assertEquals(0.0, capacity.coresUsed(), "no turns in the next second");
        assertFalse(capacity.busy());
    }

    @Test
    void windowsWithLittleAudioDoNotMoveTheEstimate() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        capacity.turn(SECOND, SECOND, 0.2, true); // one slow turn (a page fault storm) says little
        capacity.update(System.nanoTime(), 0);
        assertEquals(INITIAL_COST, capacity.costPerAudioSecond());
    }

    @Test
    void admitsWithinCapacityWhileNobodyLags() {
        LiveCapacity capacity = new LiveCapacity(2, 2, 4, INITIAL_COST);
        assertTrue(capacity.admits(2, 2, 0.3));
        assertFalse(capacity.admits(3, 2, 0.3), "over the limit");
        assertFalse(capacity.admits(1, 1, LiveCapacity.LAGGING_SECONDS + 0.5), "a session already lags");
        assertTrue(new LiveCapacity(2, 2, 0, INITIAL_COST).admits(0, 2, 0), "an idle engine admits any call");
    }

    @Test
    void aFreshEngineOnJemallocAdmitsSixteenColdCallsOnTwoCores() {
        int fifteenColdMonoCalls = 15 * StreamingSession.COLD_WEIGHT;
        int oneMore = StreamingSession.COLD_WEIGHT;
        LiveCapacity jemalloc = new LiveCapacity(2, 2, Integer.MAX_VALUE, NativeAllocator.JEMALLOC.decoderCostPrior());
        assertTrue(jemalloc.admits(fifteenColdMonoCalls, oneMore, 0), "the 16th, at the decoders' cost on jemalloc");
        LiveCapacity glibc = new LiveCapacity(2, 2, Integer.MAX_VALUE, NativeAllocator.GLIBC.decoderCostPrior());
        assertFalse(glibc.admits(fifteenColdMonoCalls, oneMore, 0), "glibc's decoders cost more: the 16th waits");
    }

    @Test
    void aRefusalSaysWhichLimitItHit() {
        LiveCapacity capacity = new LiveCapacity(2, 2, Integer.MAX_VALUE, INITIAL_COST);
        assertEquals("28 channels in use (cold ones twice) + 2 new, capacity 28 (0.0600 CPU-s per audio-s on 2.00 cores)",
                capacity.refusal(28, 2, 0.2));
        assertTrue(capacity.refusal(4, 2, 1.6).startsWith("a live session lags 1.6 s; 4 channels in use"),
                capacity.refusal(4, 2, 1.6));
    }
}
