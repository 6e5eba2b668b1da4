/**
 * The ids devices choose that end up naming files: {@link com.voiceqa.gateway.id.DeviceId},
 * {@link com.voiceqa.gateway.id.CallId} and the pair {@link com.voiceqa.gateway.id.CallKey}. They are checked once,
 * when they are made, against one safe pattern ({@link com.voiceqa.gateway.id.SafeName}); every path the gateway
 * builds from a device's input starts from one of these types. Depends on nothing else in the gateway.
 */
package com.voiceqa.gateway.id;
