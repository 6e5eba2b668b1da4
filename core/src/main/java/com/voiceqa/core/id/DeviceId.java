package com.voiceqa.core.id;

/**
 * A device's id, valid by construction ({@link SafeName}): it names the device's folders under {@code spool/} and
 * {@code recordings/}.
 */
public record DeviceId(String value) {

    /** Stands for WebSocket clients that send no credentials (allowed on loopback only); no device may be named so. */
    public static final DeviceId ANONYMOUS = new DeviceId("anonymous");

    /** @throws IllegalArgumentException when {@code value} is not a safe name; the message says what is allowed */
    public DeviceId {
        SafeName.require("a device id", value);
    }

    /** A device id that a device directory may register: a safe name other than the reserved {@link #ANONYMOUS}. */
    public static DeviceId registrable(String value) {
        DeviceId id = new DeviceId(value);
        if (id.equals(ANONYMOUS)) {
            throw new IllegalArgumentException("'" + ANONYMOUS.value + "' is reserved for clients without credentials");
        }
        return id;
    }

    public boolean isAnonymous() {
        return equals(ANONYMOUS);
    }

    /** What devices may send, for error messages. */
    public static String rule() {
        return SafeName.RULE;
    }

    @Override
    public String toString() {
        return value;
    }
}
