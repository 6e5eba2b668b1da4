package com.voiceqa.asr.engine;

import com.voiceqa.asr.diarize.VoiceFeatures;

/**
 * What a decoded channel leaves for the call's metrics: its 10 ms levels, and its voice features when the channel
 * mixes both speakers and must be diarized ({@code null} otherwise).
 */
record ChannelTracks(float[] levels, VoiceFeatures voice) {
}
