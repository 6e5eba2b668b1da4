package com.voiceqa.asr.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admission rule: capacity learned from decoding turns, a lagging session closes the door, idle admits all. */
class LiveCapacityTest {

    @Test
    void capacityFollowsTheMeasuredCostPerAudioSecond() {
        LiveCapacity capacity = new LiveCapacity(2, Integer.MAX_VALUE);
        assertEquals((int) (2 * LiveCapacity.TARGET_UTILIZATION / LiveCapacity.INITIAL_COST), capacity.channels());
        for (int window = 0; window < 40; window++) { // turns costing 0.1 worker-s per audio-s, for a while
            for (int turn = 0; turn < 20; turn++) {
                capacity.turn(20_000_000, 0.2);
            }
            capacity.update();
        }
        assertEquals(0.1, capacity.costPerAudioSecond(), 0.001);
        assertEquals(17, capacity.channels(), "2 workers × 0.85 / 0.1");
    }

    @Test
    void coresUsedIsTheWorkersBusyTimePerSecondOfTheLastWindow() {
        LiveCapacity capacity = new LiveCapacity(2, Integer.MAX_VALUE);
        long start = System.nanoTime();
        capacity.update(start);
        capacity.turn(600_000_000, 0.2); // two workers busy 0.6 s and 0.9 s of one second
        capacity.turn(900_000_000, 0.2);
        capacity.update(start + 1_000_000_000);
        assertEquals(1.5, capacity.coresUsed(), 1e-9);
        assertTrue(capacity.busy(), "1.5 of 2 workers in use: sessions batch their turns");
        capacity.update(start + 2_000_000_000);
        assertEquals(0.0, capacity.coresUsed(), "no turns in the next second");
        assertFalse(capacity.busy());
    }

    @Test
    void windowsWithLittleAudioDoNotMoveTheEstimate() {
        LiveCapacity capacity = new LiveCapacity(2, Integer.MAX_VALUE);
        capacity.turn(1_000_000_000, 0.2); // one slow turn (a JIT pause, a page fault) says little
        capacity.update();
        assertEquals(LiveCapacity.INITIAL_COST, capacity.costPerAudioSecond());
    }

    @Test
    void admitsWithinCapacityWhileNobodyLags() {
        LiveCapacity capacity = new LiveCapacity(2, 4);
        assertTrue(capacity.admits(2, 2, 0.3));
        assertFalse(capacity.admits(3, 2, 0.3), "over the limit");
        assertFalse(capacity.admits(1, 1, LiveCapacity.LAGGING_SECONDS + 0.5), "a session already lags");
        assertTrue(new LiveCapacity(2, 0).admits(0, 2, 0), "an idle engine admits any call");
    }
}
