/**
 * The recording badge's wire format, version 1 (docs/device-protocol.md is the firmware engineer's reference): what
 * a badge, the simulator and the gateway share, in plain Java with no Netty, so that a device-side tool needs nothing
 * but this module and core.
 *
 * <ul>
 *   <li>{@link com.voiceqa.badge.FrameFormat}: the 32-byte header (magic "VQ", version, type, call id, sequence,
 *       length, CRC-32C over header and payload) and the checks a receiver makes on it;
 *       {@link com.voiceqa.badge.BadgeFrame} is one decoded frame, {@link com.voiceqa.badge.FrameType} its type.</li>
 *   <li>{@link com.voiceqa.badge.Payloads}: HELLO, WELCOME, CALL_START and the CALL_END summary.</li>
 *   <li>{@link com.voiceqa.badge.ErrorCode} and {@link com.voiceqa.badge.ProtocolException}: every refusal a device
 *       can get, and whether it ends the connection.</li>
 *   <li>{@link com.voiceqa.badge.ChallengeResponse}: HMAC-SHA256(secret, "VQB1-AUTH" ‖ nonce ‖ device id).</li>
 * </ul>
 *
 * <p>Invariants: integers are unsigned big-endian, sequences fit 32 bits; a receiver checks the header (magic,
 * version, type, length against its maximum) before it buffers any payload, then the CRC; a frame failing a check
 * cannot be resynchronised, so the connection ends with ERROR. AUDIO of a call is numbered 1, 2, 3, … without gaps;
 * an ACK or RESUME names the highest sequence the server holds durably, and a badge keeps every frame until then.
 */
package com.voiceqa.badge;
