/**
 * Silence is a signal: each account's contact cadence is learned from its calls, and a scheduled check raises a
 * disengagement warning (and an alert) when the gap since the last call runs well past it. Depends on
 * {@code notify} and {@code security}.
 */
package com.voiceqa.web.silence;
