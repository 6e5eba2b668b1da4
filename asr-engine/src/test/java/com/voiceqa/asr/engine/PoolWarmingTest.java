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
    void warmingStopsOnceThePoolHoldsTheCountAskedForWhoeverMadeThemOnAnyNumberOfThreads() throws Exception {
        Model model = new Model(TestResources.testModel().toString());
        try (RecognizerPool pool = new RecognizerPool(model, 16000, 1L << 30)) {
            RecognizerPool.Lease first = pool.take(); // two calls arrived before warming began: cold recognizers
            RecognizerPool.Lease second = pool.take();
            pool.warm(3, WarmUpAudio.of(16000, RecognizerPool.WARM_UP_SECONDS), false, 2);
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
            pool.warm(4, WarmUpAudio.of(16000, RecognizerPool.WARM_UP_SECONDS), false, 2); // 4: enough to measure
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
            pool.warm(1, WarmUpAudio.of(16000, RecognizerPool.WARM_UP_SECONDS), false, 1);
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

    /**
     * A recording of speech warms a recognizer for calls (BENCHMARKS.md, "Warming on speech"), so unlike synthetic
     * sound it counts toward the {@value RecognizerPool#COLD_SECONDS} s that make a recognizer warm: a recording of
     * that length makes a pooled one warm at once, a shorter one counts for what it holds.
     */
    @Test
    void speechWarmUpCountsTowardWarmth() throws Exception {
        Model model = new Model(TestResources.testModel().toString());
        try (RecognizerPool pool = new RecognizerPool(model, 16000, 1L << 30)) {
            float[] speech = WarmUpAudio.speech(TestResources.realEnglish("digits-8k.wav"), 16000,
                    RecognizerPool.SPEECH_WARM_UP_SECONDS);
            double seconds = speech.length / 16000.0;
            assertTrue(seconds > 8 && seconds <= RecognizerPool.SPEECH_WARM_UP_SECONDS,
                    "the 8 kHz recording, resampled to the model's rate: " + seconds + " s");
            pool.warm(1, speech, true, 1);
            RecognizerPool.Lease lease = pool.take();
            assertEquals(-seconds, lease.timeOffset(16000), 1e-9, "the recording is on the recognizer's clock");
            int missing = (int) (RecognizerPool.COLD_SECONDS * 16000) - speech.length;
            assertTrue(lease.cold(16000), "8.3 s of speech is less than " + RecognizerPool.COLD_SECONDS + " s");
            lease.fed(missing);
            assertFalse(lease.cold(16000), "warm once the recording and the call's audio make "
                    + RecognizerPool.COLD_SECONDS + " s");
            pool.giveBack(lease, false);
        } finally {
            model.close();
        }
    }
}
