package com.voiceqa.asr;

/**
 * A snapshot of the engine's live capacity and recognizer pool, for monitoring.
 *
 * @param liveSessions       open live sessions
 * @param liveChannels       channels those sessions take of the capacity (a stereo call counts two, a call catching
 *                           up on recorded audio its channels times the speed it was admitted at)
 * @param channelCapacity    channels the workers can decode in real time, as measured from recent decoding
 * @param costPerAudioSecond CPU-seconds the decoder workers spent per second of one channel's audio (the per-stream
 *                           cost)
 * @param coresUsed          cores the decoder workers used decoding live audio in the last second (their CPU time)
 * @param worstBacklogSeconds undecoded audio of the live session furthest behind (catching-up sessions are fed ahead
 *                           on purpose and not counted)
 * @param queuedRecordings   calls recorded while the engine was full, waiting in line for capacity: still streaming
 *                           or ended (see {@link AsrEngine#openWhenAdmitted})
 * @param catchingUp         sessions of admitted queued calls still decoding what was recorded before (promoted
 *                           calls and ended recordings)
 * @param recognizers        native recognizers allocated, in sessions or idle
 * @param idleRecognizers    warm recognizers waiting for the next calls
 * @param idleLimit          idle recognizers kept at most (sized by memory)
 * @param warmed             recognizers warmed in the background since the engine loaded
 * @param warmTarget         how many were asked for ({@link AsrConfig#warmRecognizers()})
 */
public record EngineLoad(int liveSessions, int liveChannels, int channelCapacity, double costPerAudioSecond,
                         double coresUsed, double worstBacklogSeconds, int queuedRecordings, int catchingUp, int recognizers, int idleRecognizers,
                         int idleLimit, int warmed, int warmTarget) {
}
