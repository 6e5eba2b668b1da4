package com.voiceqa.gateway.call;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.gateway.spool.SpoolReader;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Promotes a queued call to a live transcription once the engine admitted it: the session first decodes what the
 * spool recorded so far (the spool is the one copy of the call's audio; {@link SpoolReader} reads only whole records),
 * fed at the speed the engine admitted it at, and then the live chunks ({@link LiveCall#goLive}). Reading without the
 * call's lock until the spool has nothing new leaves only what arrived since for the switch, which reads it under the
 * lock: no chunk is missed or decoded twice, and the call has one segment stream.
 *
 * <p>If the call ends before the switch, the session is closed and the call is transcribed from its recording like
 * any call that ended queued: the client was still told "queued", and the recording is the same audio.
 */
final class Promotion {

    private static final Logger LOG = Logger.getLogger(Promotion.class.getName());
    /** Audio read from the spool at a time: bounds memory, whatever the backlog. */
    private static final long BATCH_BYTES = 64 * 1024;

    private Promotion() {
    }

    /** Runs the catch-up and the switch on the calling thread; closes the session when the call cannot take it. */
    static void run(LiveCall call, AsrSession session) {
        try {
            SpoolReader reader = call.spool().reader();
            // fed faster than real time (the session's pace), so the reader reaches the end of the spool
            for (List<byte[]> batch; !(batch = reader.next(BATCH_BYTES)).isEmpty(); ) {
                for (byte[] pcm : batch) {
                    session.feedBlocking(pcm, 0, pcm.length);
                }
            }
            if (call.goLive(session, reader)) {
                LOG.info(() -> "call " + call.metadata().key() + " is live from now on: caught up on "
                        + reader.sequence() + " recorded chunks");
            } else {
                session.close();
            }
        } catch (IOException | IllegalStateException e) {
            session.close(); // the call ended meanwhile (its spool finished) or the engine closed the session
            LOG.log(call.ending() != null ? Level.FINE : Level.WARNING, "call " + call.metadata().key()
                    + " stays queued and is transcribed from its recording: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            session.close();
            Thread.currentThread().interrupt();
        }
    }
}
