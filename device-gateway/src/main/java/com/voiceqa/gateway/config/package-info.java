/**
 * {@link com.voiceqa.gateway.config.GatewayConfig}: what an operator sets (listen address, ports, data folder, TLS,
 * fsync, anonymous phones) and the {@code Limits} that bound every network input (connections, frame sizes and rates,
 * calls per device, handshake and idle timeouts, the disk's free-space floor). Immutable; the listeners' packages read
 * it, so it has no dependency of its own.
 */
package com.voiceqa.gateway.config;
