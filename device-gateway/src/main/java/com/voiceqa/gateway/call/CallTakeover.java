package com.voiceqa.gateway.call;

import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.id.CallKey;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a gateway in a cluster learns about a call another gateway opened: a badge that lost its gateway reconnects
 * to any other node and RESUMEs, and that node continues the call from what the replicated audio log holds. One
 * process has no other node: {@link #NONE}.
 */
public interface CallTakeover {

    /** No other gateway: an unknown call is unknown. */
    CallTakeover NONE = key -> Optional.empty();

    /**
     * The open call {@code key} if another gateway opened it and did not end it. Blocking (it reads the log); called
     * on the registry's I/O threads, never on an event loop.
     */
    Optional<Handover> find(CallKey key) throws IOException, InterruptedException;

    /** A call this gateway takes over. */
    interface Handover {

        CallMetadata metadata();

        /** Hands over the call's durable audio, chunk by chunk in order from the first; blocking. */
        void replay(AudioSink sink) throws IOException, InterruptedException;
    }

    /** Receives a call's audio chunks. */
    interface AudioSink {
        void accept(byte[] pcm) throws IOException;
    }
}
