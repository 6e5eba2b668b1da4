package com.voiceqa.asr.engine;

import com.voiceqa.asr.TestResources;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            pool.warm(3, WarmUpAudio.of(16000));
            assertEquals(1, pool.warmed(), "one more makes the three asked for");
            assertEquals(3, pool.live());
            assertEquals(1, pool.idle());
            pool.giveBack(first, false);
            pool.giveBack(second, false);
        } finally {
            model.close();
        }
    }
}
