package com.voiceqa.core.events;

/** How a call reached the gateway. */
public enum CallSource {
    /** A recording badge (工牌) over the binary TCP protocol, see docs/device-protocol.md. */
    BADGE,
    /** A phone or any vosk-server client over the WebSocket protocol. */
    PHONE
}
