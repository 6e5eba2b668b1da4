/**
 * Netty handlers and helpers both listeners share: connection limits, TLS, the frame-rate limit, and backpressure by
 * not reading ({@link com.voiceqa.gateway.net.ReadGate}, {@link com.voiceqa.gateway.net.WritabilityGate}). Handlers
 * bring the domain's futures back to their event loop with {@link com.voiceqa.gateway.net.OnEventLoop}.
 */
package com.voiceqa.gateway.net;
