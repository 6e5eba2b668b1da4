package com.voiceqa.asr.model;

import java.net.URI;

/**
 * A downloadable model: its folder name in the cache, where its zip is published and the manifest its unpacked
 * files must match.
 */
public record ModelSpec(String name, URI url, ChecksumManifest manifest) {

    /** The production model: Vosk's small Mandarin model (Apache-2.0), about 42 MB zipped. */
    public static final String MANDARIN_NAME = "vosk-model-small-cn-0.22";
    public static final URI MANDARIN_URL = URI.create("https://alphacephei.com/vosk/models/vosk-model-small-cn-0.22.zip");

    public static ModelSpec mandarin() {
        return new ModelSpec(MANDARIN_NAME, MANDARIN_URL,
                ChecksumManifest.fromResource(MANDARIN_NAME + ".sha256"));
    }

    public ModelSpec withUrl(URI other) {
        return new ModelSpec(name, other, manifest);
    }
}
