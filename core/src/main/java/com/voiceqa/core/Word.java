package com.voiceqa.core;

/**
 * One recognized word with its timing (seconds from the start of the call) and the decoder's confidence (0..1).
 */
public record Word(String word, double start, double end, double conf) {
}
