package com.voiceqa.rules.pack;

/**
 * An acoustic or conversational condition on the call's {@link com.voiceqa.core.metrics.CallMetrics}. It is true when
 * the metric is above {@code above} and below {@code below} (either bound may be NaN = unbounded). Without metrics
 * (transcript-only calls) it is false, except {@link Metric#DURATION}, which falls back to the utterances.
 *
 * @param id      id referenced by the rule's expression
 * @param metric  which metric
 * @param speaker role for per-channel metrics ({@code rep} or {@code customer}); ignored by call-level metrics
 * @param above   exclusive lower bound, or NaN
 * @param below   exclusive upper bound, or NaN
 */
public record MetricCondition(String id, Metric metric, String speaker, double above, double below)
        implements Condition {

    public enum Metric {
        /** Longest silence in seconds. */
        SILENCE(false),
        /** Transcript units per minute of speech, per speaker. */
        SPEECH_RATE(true),
        /** Interruptions made by the speaker. */
        INTERRUPTIONS(true),
        /** The speaker's share of all speech (0..1). */
        TALK_RATIO(true),
        /** The speaker's longest monologue in seconds. */
        MONOLOGUE(true),
        /** Call duration in seconds. */
        DURATION(false);

        private final boolean perSpeaker;

        Metric(boolean perSpeaker) {
            this.perSpeaker = perSpeaker;
        }

        public boolean perSpeaker() {
            return perSpeaker;
        }
    }
}
