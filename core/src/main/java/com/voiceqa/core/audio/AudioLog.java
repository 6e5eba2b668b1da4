package com.voiceqa.core.audio;

import com.voiceqa.core.id.CallKey;

import java.util.concurrent.CompletableFuture;

/**
 * Where a gateway appends each call's audio so that it survives the gateway: in a cluster a replicated log (Kafka),
 * read by the ASR workers. A device's audio is acknowledged once its append future completed, so a gateway keeps no
 * state another gateway could not take over.
 *
 * <p>Promises of every implementation:
 * <ul>
 *   <li><b>Durable on completion.</b> The future of {@link #append} or {@link #end} completes normally only when the
 *       log has the record durably (for Kafka: written to every in-sync replica, {@code acks=all}); it completes
 *       exceptionally when it could not be stored, and the caller then does not acknowledge the device.</li>
 *   <li><b>Order per call.</b> Readers see one call's records in the order they were appended; appending again a
 *       chunk whose future failed may repeat it, which readers drop by its {@link AudioChunk#sequence()}.</li>
 *   <li><b>Callers never wait.</b> Both methods return at once (they are called on Netty event loops); when the log
 *       cannot keep up, the future fails at once with a message saying so, as backpressure.</li>
 * </ul>
 */
public interface AudioLog extends AutoCloseable {

    /** Appends a chunk of a call's audio. */
    CompletableFuture<Void> append(AudioChunk chunk);

    /**
     * Records that the call's audio is complete after {@code chunks} chunks (sequences 0 to {@code chunks - 1}):
     * readers finish the call's transcript on it.
     */
    CompletableFuture<Void> end(CallKey call, long chunks);

    /** Waits a bounded time for the pending appends, then stops; later appends fail. */
    @Override
    void close();
}
