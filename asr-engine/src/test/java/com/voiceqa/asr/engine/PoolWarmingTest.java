package com.voiceqa.asr.engine;

import com.voiceqa.asr.TestResources;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the real model: warming fills the pool up to the count asked for, counting the recognizers calls made while
 * it ran, so a burst of calls on a fresh engine does not also pay for warming recognizers nobody waits for.
 */
class PoolWarmingTest {

    @Test
    void warmingStopsOnceThePoolHoldsTheCountAskedForWhoeverMadeThem() throws Exception {
        Model model = new Model(TestResources.testModel().toString());
        try (RecognizerPool pool = new RecognizerPool(model, 16000, 1L << 30)) {
            RecognizerPool.Lease first = pool.take(); // two calls arrived before warming began: cold recognizers
            RecognizerPool.Lease second = pool.take();
            pool.warm(3, WarmUpAudio.of(16000, RecognizerPool.WARM_UP_SECONDS));
            assertEquals(1, pool.warmed(), "one more makes the three asked for");
            assertEquals(3, pool.live());
            assertEquals(1, pool.idle());
            pool.giveBack(first, false);
            pool.giveBack(second, false);
        } finally {
            model.close();
        }
    }

    /**
     * 1 s of warm-up grows a recognizer by a fraction of what calls' audio will (9 vs 38-41 MB), so the idle pool's
     * memory budget does not trust a smaller measure than a served recognizer's.
     */
    @Test
    void theIdleBudgetCountsARecognizerAtLeastAtAServedOnesSize() throws Exception {
        Model model = new Model(TestResources.testModel().toString());
        try (RecognizerPool pool = new RecognizerPool(model, 16000, 1L << 30)) {
            pool.warm(4, WarmUpAudio.of(16000, RecognizerPool.WARM_UP_SECONDS)); // 4: enough to measure
            assertTrue(pool.bytesPerRecognizer() >= RecognizerPool.ASSUMED_RECOGNIZER_BYTES,
                    "measured " + (pool.bytesPerRecognizer() >> 20) + " MB");
            assertTrue(pool.idleLimit() <= (1L << 30) / RecognizerPool.ASSUMED_RECOGNIZER_BYTES);
        } finally {
            model.close();
        }
    }

    /**
     * Synthetic warm-up audio does not warm a recognizer for speech (BENCHMARKS.md, "Cold recognizers"), so a warmed
     * recognizer counts as cold until it decoded {@value RecognizerPool#COLD_SECONDS} s of calls, while its clock
     * still counts the warm-up audio (Vosk's times run on across uses).
     */
    @Test
    void aWarmedRecognizerStaysColdUntilItDecodedCallsAudio() throws Exception {
        Model model = new Model(TestResources.testModel().toString());
        try (RecognizerPool pool = new RecognizerPool(model, 16000, 1L << 30)) {
            pool.warm(1, WarmUpAudio.of(16000, RecognizerPool.WARM_UP_SECONDS));
            RecognizerPool.Lease lease = pool.take();
            assertEquals(-RecognizerPool.WARM_UP_SECONDS, lease.timeOffset(16000), 1e-9,
                    "the warm-up audio is on the recognizer's clock");
            assertTrue(lease.cold(16000), "warm-up audio does not count toward warmth");
            lease.fed((int) (RecognizerPool.COLD_SECONDS * 16000) - 1);
            assertTrue(lease.cold(16000));
            lease.fed(1);
            assertFalse(lease.cold(16000), "warm after " + RecognizerPool.COLD_SECONDS + " s of calls");
            pool.giveBack(lease, false);
        } finally {
            model.close();
        }
    }
}
