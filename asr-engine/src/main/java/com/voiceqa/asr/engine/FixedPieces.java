package com.voiceqa.asr.engine;

/**
 * Cuts a stream that arrives in chunks of any size into pieces of one size at fixed positions of the stream. A Vosk
 * recognizer looks for the end of an utterance once per piece of audio it is given, so the pieces decide where
 * utterances end and, through that, some words: fixed pieces give a call the same transcript whether its audio came
 * live in a device's chunks, from its spool after it was queued, or from its recording.
 */
final class FixedPieces {

    /** Receives one piece: {@code length} bytes of {@code bytes} from {@code offset} (valid during the call only). */
    interface Sink {
        void piece(byte[] bytes, int offset, int length);
    }

    private final byte[] carry;
    private int carried;

    FixedPieces(int pieceBytes) {
        this.carry = new byte[pieceBytes];
    }

    /** Passes on every piece the chunk completes; keeps the rest for the next chunk. */
    void accept(byte[] chunk, Sink sink) {
        int at = 0;
        while (at < chunk.length) {
            if (carried == 0 && chunk.length - at >= carry.length) {
                sink.piece(chunk, at, carry.length); // the usual case: whole pieces straight from the chunk
                at += carry.length;
                continue;
            }
            int take = Math.min(carry.length - carried, chunk.length - at);
            System.arraycopy(chunk, at, carry, carried, take);
            carried += take;
            at += take;
            if (carried == carry.length) {
                sink.piece(carry, 0, carried);
                carried = 0;
            }
        }
    }

    /** The end of the stream: passes on what is left, shorter than a piece. */
    void flush(Sink sink) {
        if (carried > 0) {
            sink.piece(carry, 0, carried);
            carried = 0;
        }
    }
}
