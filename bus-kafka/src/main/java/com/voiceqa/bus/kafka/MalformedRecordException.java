package com.voiceqa.bus.kafka;

/**
 * A record that is not what its topic holds (another writer, a newer format, corruption). Consumers log it with its
 * topic, partition and offset and go on: one bad record must not stop a partition.
 */
public final class MalformedRecordException extends RuntimeException {

    public MalformedRecordException(String message) {
        super(message);
    }

    public MalformedRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Rejects a value over {@code limit} bytes before anything parses it. */
    public static byte[] requireAtMost(byte[] value, int limit, String what) {
        if (value == null) {
            throw new MalformedRecordException(what + " without a value");
        }
        if (value.length > limit) {
            throw new MalformedRecordException(what + " of " + value.length + " bytes exceeds the limit of " + limit);
        }
        return value;
    }
}
