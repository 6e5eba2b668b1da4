package com.voiceqa.asr;

import com.voiceqa.asr.audio.AudioFormatException;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.asr.engine.EngineCore;
import com.voiceqa.asr.engine.NativeAllocator;
import com.voiceqa.asr.model.DecoderConf;
import com.voiceqa.asr.model.DecoderSettings;
import com.voiceqa.asr.model.ModelDirectory;
import com.voiceqa.asr.model.ModelException;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.cli.UserError;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The speech engine: one Vosk model shared by every session, a pool of decoder threads sized by
 * {@link AsrConfig#workers()}, and the sessions decoding on it. Thread-safe; create one per process.
 */
public final class AsrEngine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AsrEngine.class.getName());

    private final AsrConfig config;
    private final ModelDirectory model;
    private final EngineCore core;

    private AsrEngine(AsrConfig config, ModelDirectory model, EngineCore core) {
        this.config = config;
        this.model = model;
        this.core = core;
    }

    /**
     * Loads the model. A missing, incomplete or unreadable model is a {@link ModelException} whose message says
     * what to do.
     */
    public static AsrEngine load(AsrConfig config) {
        ModelDirectory directory = ModelDirectory.open(config.modelDir());
        Model model;
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            model = DecoderConf.load(directory, config.decoder(), AsrEngine::newModel);
        } catch (UncheckedIOException e) {
            throw new ModelException("Vosk could not load the speech model at " + directory.path() + " (its files "
                    + "are damaged or not a Vosk model). Verify it against its checksum manifest, or delete it and "
                    + "let VoiceQA download it again", e.getCause());
        } catch (UnsatisfiedLinkError e) {
            throw new ModelException("Vosk's native library does not load on this machine ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage(), e);
        }
        LOG.info(() -> startLine(config, directory));
        return new AsrEngine(config, directory, new EngineCore(config, directory, model));
    }

    /** Once per start: what decodes, so a benchmark or an operator can tell which decoder settings really ran. */
    private static String startLine(AsrConfig config, ModelDirectory directory) {
        DecoderSettings asked = config.decoder();
        return "speech model " + directory.path() + " (" + directory.language() + ", " + directory.sampleRate()
                + " Hz); decoder " + DecoderConf.effective(directory, asked) + (asked.isModel() ? " (the model's own)"
                : " (set: " + asked + ")") + "; " + config.workers() + " decoder threads; "
                + NativeAllocator.current().describe();
    }

    private static Model newModel(Path folder) {
        try {
            return new Model(folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AsrConfig config() {
        return config;
    }

    /** Opens a streaming session; its recognizers live until it is finished, closed or idle too long. */
    public AsrSession open(StreamFormat format, TranscriptListener listener) {
        return core.open(format, listener);
    }

    /**
     * Transcribes a whole WAV file (any common PCM layout, resampled to the model's rate when needed) and computes
     * its acoustic metrics. Progress is reported in seconds of audio decoded (all channels counted).
     *
     * @throws AudioFormatException when the file cannot be read or its channels do not match {@code layout}
     */
    public Transcript transcribe(Path wav, ChannelLayout layout, ProgressListener progress) {
        return transcribe(WavReader.read(wav), wav.toString(), layout, progress);
    }

    /**
     * Transcribes audio already in memory (e.g. an upload read with {@link WavReader}).
     *
     * @param name how the audio is called in error messages (usually its file name)
     */
    public Transcript transcribe(PcmAudio audio, String name, ChannelLayout layout, ProgressListener progress) {
        if (audio.channels() != layout.channels()) {
            throw new AudioFormatException(name + " has " + audio.channels() + " channel(s) but the layout names "
                    + layout.channels() + " role(s) " + layout.roles() + "; give one role per channel, e.g. "
                    + (audio.channels() == 2 ? "--channels rep,customer" : "--channels mixed"));
        }
        if (audio.sampleRate() < StreamFormat.MIN_RATE) {
            throw new AudioFormatException(name + " is sampled at " + audio.sampleRate() + " Hz; speech recognition "
                    + "needs at least " + StreamFormat.MIN_RATE + " Hz");
        }
        try {
            return core.transcribe(audio, layout, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("transcription of " + name + " was interrupted", e);
        }
    }

    /** The sample rate the model decodes at; other rates are resampled to it. */
    public int modelSampleRate() {
        return model.sampleRate();
    }

    /** The model's language as an ISO 639-1 code, e.g. "zh" or "en" ("und" when unknown). */
    public String language() {
        return model.language();
    }

    /** Sessions whose recognizers are still allocated (for monitoring and leak checks). */
    public int openSessions() {
        return core.openSessions();
    }

    /** Native Vosk recognizers allocated: in live sessions, or idle and warm for the next ones. */
    public int liveRecognizers() {
        return core.liveRecognizers();
    }

    /** Live capacity, backlog and recognizer pool, for monitoring. */
    public EngineLoad load() {
        return core.load();
    }

    /**
     * Whether a new live call of {@code channels} channels can be decoded in real time without slowing down the calls
     * already live (measured capacity not used up, nobody lagging) and without overtaking a call already waiting. A
     * caller that gets {@code false} should record the call and ask {@link #openWhenAdmitted} for a session.
     */
    public boolean admitsLive(int channels) {
        return core.admitsLive(channels);
    }

    /**
     * Puts a call recorded while the engine was full in line for capacity (oldest first). The future completes, on
     * an engine thread (continue asynchronously), with a session <em>catching up</em>: feed it the recorded audio
     * with {@link AsrSession#feedBlocking}, which holds the feeder to the speed the engine admitted it at, then for
     * a {@code streaming} call call {@link AsrSession#caughtUp()} and feed the live audio. Cancel the future to leave
     * the line (the call ended while waiting: use {@link #transcribeWhenAdmitted}). A streaming call is admitted when
     * there is room for its live stream and as much again to catch up with, so it never slows the live calls.
     *
     * @param streaming the call still streams; false for a recording that is complete
     */
    public CompletableFuture<AsrSession> openWhenAdmitted(StreamFormat format, TranscriptListener listener,
                                                          boolean streaming) {
        return core.openWhenAdmitted(format, listener, streaming);
    }

    /**
     * Transcribes a recording once there is spare capacity (blocking in the line until then), among the live calls
     * without delaying them: for calls that ended while queued, were recovered after a restart, or whose live session
     * was lost.
     */
    public Transcript transcribeWhenAdmitted(Path wav, ChannelLayout layout) throws InterruptedException {
        PcmAudio audio = WavReader.read(wav);
        if (audio.channels() != layout.channels()) {
            throw new AudioFormatException(wav + " has " + audio.channels() + " channel(s) but the layout names "
                    + layout.channels() + " role(s) " + layout.roles());
        }
        return core.transcribeWhenAdmitted(audio, layout);
    }

    /** Closes every session, frees all recognizers and the model. */
    @Override
    public void close() {
        core.close();
    }
}
