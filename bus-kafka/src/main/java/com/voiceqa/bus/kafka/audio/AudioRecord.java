package com.voiceqa.bus.kafka.audio;

import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.id.CallKey;

/** What the audio topic holds: a call's chunks, then its end. */
public sealed interface AudioRecord {

    CallKey call();

    /** A piece of the call's audio. */
    record Chunk(AudioChunk chunk) implements AudioRecord {
        @Override
        public CallKey call() {
            return chunk.call();
        }
    }

    /** The call's audio is complete after {@code chunks} chunks. */
    record End(CallKey call, long chunks) implements AudioRecord {
        public End {
            if (chunks < 0) {
                throw new IllegalArgumentException("a call's chunk count must not be negative, got " + chunks);
            }
        }
    }
}
