package com.voiceqa.asr.model;

import com.voiceqa.asr.ProgressListener;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Finds the speech model, in this order: an explicit path (e.g. {@code --model DIR}); the VOICEQA_MODEL
 * environment variable; the cache ({@code ~/.cache/voiceqa/models/<name>}, or VOICEQA_CACHE_DIR); else it downloads
 * the model from its URL (VOICEQA_MODEL_URL overrides the official Vosk URL, also with a file: URL) and verifies
 * every file against the checksum manifest before caching it. Each setting can also be given as a system property
 * ({@code voiceqa.model}, {@code voiceqa.cache.dir}, {@code voiceqa.model.url}).
 */
public final class ModelResolver {

    static final String HOW_TO_GET_A_MODEL = "Give the model folder with --model DIR, set VOICEQA_MODEL=DIR, or let "
            + "VoiceQA download it (needs access to " + ModelSpec.MANDARIN_URL.getHost()
            + "; VOICEQA_MODEL_URL may point to a local copy of the zip, e.g. file:///path/model.zip)";

    private final ModelSpec spec;
    private final Path cacheRoot;
    private final String environmentModel;
    private final ModelDownloader downloader;

    public ModelResolver(ModelSpec spec, Path cacheRoot, String environmentModel, ModelDownloader downloader) {
        this.spec = spec;
        this.cacheRoot = cacheRoot;
        this.environmentModel = environmentModel;
        this.downloader = downloader;
    }

    /** The production Mandarin model, configured from system properties and environment variables. */
    public static ModelResolver fromEnvironment() {
        return fromEnvironment(name -> {
            String property = System.getProperty(name.toLowerCase().replace('_', '.'));
            return property != null ? property : System.getenv(name);
        });
    }

    static ModelResolver fromEnvironment(UnaryOperator<String> settings) {
        ModelSpec spec = ModelSpec.mandarin();
        String url = settings.apply("VOICEQA_MODEL_URL");
        if (url != null && !url.isBlank()) {
            spec = spec.withUrl(url.contains(":") && !url.startsWith("/") ? URI.create(url) : Path.of(url).toUri());
        }
        String cache = settings.apply("VOICEQA_CACHE_DIR");
        Path cacheRoot = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "voiceqa", "models");
        return new ModelResolver(spec, cacheRoot, settings.apply("VOICEQA_MODEL"), new ModelDownloader());
    }

    /**
     * The model directory to load.
     *
     * @param explicit a folder the user named, or {@code null}
     * @param progress download progress in bytes (only called when a download happens)
     */
    public Path resolve(Path explicit, ProgressListener progress) {
        if (explicit != null) {
            return ModelDirectory.open(explicit).path();
        }
        if (environmentModel != null && !environmentModel.isBlank()) {
            Path fromEnvironment = Path.of(environmentModel);
            if (!Files.exists(fromEnvironment)) {
                throw new ModelException("VOICEQA_MODEL=" + environmentModel + " does not exist; point it at the "
                        + "unpacked model folder (the one holding am/, conf/, graph/) or unset it");
            }
            return ModelDirectory.open(fromEnvironment).path();
        }
        Path cached = cachedModel();
        if (Files.isDirectory(cached)) {
            return ModelDirectory.open(cached).path();
        }
        return downloader.install(spec, cacheRoot, progress);
    }

    /** Where the downloaded model lives. */
    public Path cachedModel() {
        return cacheRoot.resolve(spec.name());
    }

    public ModelSpec spec() {
        return spec;
    }
}
