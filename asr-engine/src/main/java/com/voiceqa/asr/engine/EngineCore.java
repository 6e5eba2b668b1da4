package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.EngineLoad;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.SessionClosedException;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.diarize.Diarization;
import com.voiceqa.asr.diarize.Diarizer;
import com.voiceqa.asr.diarize.MonoTranscript;
import com.voiceqa.asr.diarize.VoiceFeatureTrack;
import com.voiceqa.asr.metrics.AcousticAnalyzer;
import com.voiceqa.asr.model.ModelDirectory;
import com.voiceqa.asr.text.TextNormalizer;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import org.vosk.Model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The machinery behind {@link com.voiceqa.asr.AsrEngine}: the shared model, the decoder worker pool (one thread
 * per configured worker; sessions take turns on it), the idle-session reaper, the registry of open sessions and
 * the live capacity they leave.
 */
public final class EngineCore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EngineCore.class.getName());

    /**
     * Streams a still-streaming queued call needs room for to be admitted: its live part and at least as much again
     * to catch up on what it recorded (at 2x real time it gains a second on the live stream per second).
     */
    static final int MIN_STREAMING_CATCH_UP = 2;
    /**
     * At most this many times real time a catching-up session is fed, however much capacity is spare. Its recognizers
     * are new (cold: about 0.09 CPU-s per audio-s more than a warm one in their first 8 s of speech, BENCHMARKS.md
     * "Cold recognizers") and the estimate it is counted at is a warm one's, so the faster it catches up the more
     * cores it takes beyond what it was counted for: 4x would overrun by about 0.36 cores, 2x by half that.
     */
    static final int MAX_CATCH_UP_SPEED = 2;
    /** Streams left free when a waiting call is admitted, for the part of a promoted call's cold start not counted. */
    static final int PROMOTION_RESERVE = 1;
    /** Audio a live mono call's provisional roles are decided on: enough for both voices, bounded in cost. */
    static final double PROVISIONAL_SECONDS = 120;

    private final AsrConfig config;
    private final Model model;
    private final RecognizerPool recognizers;
    private final VoskResults results;
    private final TextNormalizer text;
    private final Diarizer diarizer;
    private final ExecutorService workers;
    private final ScheduledExecutorService reaper;
    private final Set<StreamingSession> sessions = ConcurrentHashMap.newKeySet();
    private final LiveCapacity capacity;
    private final WaitingLine waiting = new WaitingLine();
    private final Thread warmer;

    public EngineCore(AsrConfig config, ModelDirectory modelDirectory, Model model) {
        this.config = config;
        this.model = model;
        this.recognizers = new RecognizerPool(model, modelDirectory.sampleRate(),
                (long) (SystemMemory.totalBytes() * RecognizerPool.MEMORY_SHARE));
        this.text = TextNormalizer.forLanguage(modelDirectory.language());
        this.results = new VoskResults(text);
        this.diarizer = Diarizer.forLanguage(modelDirectory.language());
        int cores = Runtime.getRuntime().availableProcessors();
        this.capacity = new LiveCapacity(config.workers(), cores, config.liveChannelLimit(),
                NativeAllocator.current().decoderCostPrior());
        MachineLoad machine = new MachineLoad(cores);
        this.workers = Executors.newFixedThreadPool(config.workers(), daemonThreads("asr-worker"));
        this.reaper = Executors.newSingleThreadScheduledExecutor(daemonThreads("asr-idle-reaper"));
        // also the pace at which paused sessions' short tails are flushed (StreamingSession.flushIfQuiet)
        long period = Math.max(50, Math.min(500, config.idleTimeout().toMillis() / 4));
        reaper.scheduleWithFixedDelay(this::closeIdleSessions, period, period, TimeUnit.MILLISECONDS);
        reaper.scheduleWithFixedDelay(this::admitWaiting, period, period, TimeUnit.MILLISECONDS);
        reaper.scheduleWithFixedDelay(() -> capacity.update(System.nanoTime(), machine.otherProcessesCores()),
                1000, 1000, TimeUnit.MILLISECONDS);
        this.warmer = config.warmRecognizers() == 0 ? null : startWarming(config, modelDirectory.sampleRate());
    }

    /**
     * Reads the warm-up audio here, so that a bad recording fails the load with its reason, and warms the pool on a
     * background thread.
     */
    private Thread startWarming(AsrConfig config, int rate) {
        float[] warmUp = config.warmUpSpeech() == null ? WarmUpAudio.of(rate, RecognizerPool.WARM_UP_SECONDS)
                : WarmUpAudio.speech(config.warmUpSpeech(), rate, RecognizerPool.SPEECH_WARM_UP_SECONDS);
        return Thread.ofPlatform().daemon().name("asr-pool-warmer").start(() -> recognizers.warm(
                config.warmRecognizers(), warmUp, config.warmUpSpeech() != null, config.workers()));
    }

    public AsrSession open(StreamFormat format, TranscriptListener listener) {
        return open(format, listener, 0);
    }

    private StreamingSession open(StreamFormat format, TranscriptListener listener, int catchUpSpeed) {
        StreamingSession session = new StreamingSession(format, listener, workers, config.maxBacklogSeconds(), this,
                catchUpSpeed);
        sessions.add(session);
        return session;
    }

    /**
     * Joins the waiting line (see {@link WaitingLine}); the future completes with a catching-up session once the
     * engine admits the call, oldest first. Cancel it to leave the line.
     *
     * @param streaming the call still streams (live audio will follow the recorded audio)
     */
    public CompletableFuture<AsrSession> openWhenAdmitted(StreamFormat format, TranscriptListener listener,
                                                          boolean streaming) {
        CompletableFuture<AsrSession> admitted = new CompletableFuture<>();
        waiting.join(new WaitingLine.Waiter(format, listener, streaming, admitted));
        admitWaiting(); // an engine with room admits at once
        return admitted;
    }

    /**
     * Admits waiting calls, oldest first, while the capacity the live calls leave holds the next one at its minimum
     * speed and {@value #PROMOTION_RESERVE} stream more; each gets the spare capacity up to
     * {@value #MAX_CATCH_UP_SPEED} streams and is counted at it, so its catching up slows no live call and the next
     * admission sees it. Runs on the reaper and on a join.
     */
    private synchronized void admitWaiting() {
        for (WaitingLine.Waiter next; (next = waiting.oldest()) != null; ) {
            int channels = next.format().channels();
            int speed = admittedSpeed(channels, next.streaming() ? MIN_STREAMING_CATCH_UP : 1);
            if (speed == 0) {
                return;
            }
            waiting.remove(next);
            StreamingSession session;
            try {
                session = open(next.format(), next.listener(), speed);
            } catch (RuntimeException e) {
                next.admitted().completeExceptionally(e);
                continue;
            }
            if (!next.admitted().complete(session)) {
                session.close(); // the call gave up meanwhile
            }
        }
    }

    /**
     * The speed a waiting call of {@code channels} is admitted at now, or 0 when there is no room for its minimum and
     * the reserve (an idle engine admits it at once, as it admits any call).
     */
    private int admittedSpeed(int channels, int minSpeed) {
        int live = liveChannels();
        if (!capacity.admits(live, channels * minSpeed + PROMOTION_RESERVE, worstLagSeconds())) {
            return 0;
        }
        int spare = live == 0 ? Math.max(capacity.channels(), channels * minSpeed)
                : capacity.channels() - live - PROMOTION_RESERVE;
        return Math.clamp(spare / channels, minSpeed, MAX_CATCH_UP_SPEED);
    }

    /** Channels the open sessions take of the capacity: catching-up ones at their speed, cold ones twice. */
    private int liveChannels() {
        return sessions.stream().mapToInt(StreamingSession::admissionChannels).sum();
    }

    private double worstLagSeconds() {
        return sessions.stream().mapToDouble(StreamingSession::lagSeconds).max().orElse(0);
    }

    /** Decodes every channel of a whole recording in parallel on the workers; progress is reported from here. */
    public Transcript transcribe(PcmAudio audio, ChannelLayout layout, ProgressListener progress)
            throws InterruptedException {
        return new FileTranscription(this, audio, layout).run(workers, progress);
    }

    /** Sessions whose recognizers are not yet released. */
    public int openSessions() {
        return sessions.size();
    }

    /** Native recognizers allocated, in sessions or idle in the pool. */
    public int liveRecognizers() {
        return recognizers.live();
    }

    public EngineLoad load() {
        int channels = 0;
        int catchingUp = 0;
        double worstBacklog = 0;
        for (StreamingSession session : sessions) {
            channels += session.weightedChannels();
            catchingUp += session.catchingUp() ? 1 : 0;
            worstBacklog = Math.max(worstBacklog, session.catchingUp() ? 0 : session.backlogSeconds());
        }
        return new EngineLoad(sessions.size(), channels, capacity.channels(), capacity.costPerAudioSecond(),
                capacity.coresUsed(), worstBacklog, waiting.size(), catchingUp, recognizers.live(), recognizers.idle(),
                recognizers.idleLimit(), recognizers.warmed(), config.warmRecognizers());
    }

    /**
     * Whether a new live call of {@code channels} channels can be decoded without slowing the others down, and
     * without overtaking a call that waits for capacity already.
     */
    public boolean admitsLive(int channels) {
        if (waiting.size() > 0) {
            LOG.info(() -> "a new call waits: " + waiting.size() + " call(s) wait already");
            return false;
        }
        int live = liveChannels();
        double lag = worstLagSeconds();
        if (!capacity.admits(live, channels, lag)) {
            LOG.info(() -> "a new call waits: " + capacity.refusal(live, channels, lag));
            return false;
        }
        return true;
    }

    /**
     * Transcribes a recording that could not be decoded live: waits in the line until the engine admits it, then
     * decodes it as a catching-up session among the live ones (turns of at most a second of audio, fed at the speed
     * it was admitted for), so it uses the spare capacity without delaying the live calls.
     */
    public Transcript transcribeWhenAdmitted(PcmAudio audio, ChannelLayout layout) throws InterruptedException {
        CompletableFuture<AsrSession> admitted = openWhenAdmitted(new StreamFormat(audio.sampleRate(), layout),
                TranscriptListener.NONE, false);
        AsrSession session;
        try {
            session = admitted.get();
        } catch (InterruptedException e) {
            if (!admitted.cancel(false) && !admitted.isCompletedExceptionally()) {
                admitted.join().close(); // admitted just now: give the capacity back
            }
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return RecordingReplay.transcribe(session, audio);
    }

    LiveCapacity capacity() {
        return capacity;
    }

    ChannelDecoder newDecoder(int inputRate, String speaker, Consumer<Segment> segments) {
        return new ChannelDecoder(recognizers, inputRate, speaker, results, segments);
    }

    /** The call's transcript and metrics; a mono channel of both speakers is diarized into rep and customer. */
    Transcript transcript(List<Segment> segments, List<ChannelTracks> tracks, double durationSeconds,
                          ChannelLayout layout) {
        List<Segment> ordered = new ArrayList<>(segments);
        ordered.sort(Comparator.comparingDouble(Segment::start));
        if (layout.needsDiarization()) {
            Diarization diarization = diarizer.diarize(tracks.getFirst().voice(), ordered);
            return MonoTranscript.of(ordered, diarization, durationSeconds, config.longSilenceSeconds(), text);
        }
        return new Transcript(ordered, AcousticAnalyzer.analyze(tracks.stream().map(ChannelTracks::levels).toList(),
                durationSeconds, layout, ordered, config.longSilenceSeconds()));
    }

    /**
     * A live segment of a mono call with provisional roles from a diarization of the last
     * {@value #PROVISIONAL_SECONDS} s of audio (early segments of a call are the least sure);
     * {@link #transcript} refines all of them from the whole call at the end.
     */
    List<Segment> provisionalRoles(Segment segment, VoiceFeatureTrack.Recent recent, List<Segment> transcriptSoFar) {
        return MonoTranscript.labeled(List.of(segment), diarizer.diarizeRecent(recent, transcriptSoFar), text);
    }

    void released(StreamingSession session) {
        sessions.remove(session);
    }

    private void closeIdleSessions() {
        long now = System.nanoTime();
        long idle = config.idleTimeout().toNanos();
        for (StreamingSession session : sessions) {
            session.flushIfQuiet(now);
            if (session.idleLongerThan(idle, now)) {
                session.close(String.format(java.util.Locale.ROOT, "closed after %.1f s without audio (idle timeout)",
                        config.idleTimeout().toMillis() / 1000.0));
            }
        }
    }

    /** Closes all sessions, waits for the workers to release their recognizers, then frees them and the model. */
    @Override
    public void close() {
        reaper.shutdownNow();
        waiting.refuseAll(new SessionClosedException("the ASR engine shut down before the call was admitted"));
        if (warmer != null) {
            recognizers.close(); // stops the warmer between recognizers; it frees what it made
            joinQuietly(warmer);
        }
        sessions.forEach(s -> s.close("closed because the engine shut down"));
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recognizers.close();
        model.close();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
