/**
 * The ids devices choose that end up naming files: {@link com.voiceqa.core.id.DeviceId},
 * {@link com.voiceqa.core.id.CallId} and the pair {@link com.voiceqa.core.id.CallKey}. They are checked once,
 * when they are made, against one safe pattern ({@link com.voiceqa.core.id.SafeName}); every path the gateway
 * builds from a device's input starts from one of these types. Depends on nothing; they live in core because call
 * events carry them ({@link com.voiceqa.core.events.CallMetadata#key()}).
 */
package com.voiceqa.core.id;
