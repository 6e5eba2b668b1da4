package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.semantic.EmbeddingCache;
import com.voiceqa.rules.semantic.SentenceEncoder;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the training commands keep embeddings: {@code --cache DIR}, else {@code $VOICEQA_EMBEDDING_CACHE}, else
 * {@code ~/.cache/voiceqa/embeddings}. One file per encoder inside ({@link EmbeddingCache}); deleting it only costs
 * the time to encode again.
 */
final class EmbeddingCaches {

    private EmbeddingCaches() {
    }

    static Path defaultDir() {
        String env = System.getenv("VOICEQA_EMBEDDING_CACHE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "voiceqa", "embeddings");
    }

    static EmbeddingCache open(Path dir) {
        try {
            return EmbeddingCache.open(dir, SentenceEncoder.builtIn().name());
        } catch (IOException e) {
            throw new UserError("cannot use " + dir + " as the embedding cache (" + e.getMessage()
                    + "); pass --cache with a writable folder", e);
        }
    }
}
