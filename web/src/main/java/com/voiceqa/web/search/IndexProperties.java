package com.voiceqa.web.search;

import com.voiceqa.index.opensearch.OpenSearchTranscriptIndex;
import com.voiceqa.rules.index.LuceneTranscriptIndex;
import com.voiceqa.rules.index.TranscriptIndex;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The transcript index's engine, under {@code voiceqa.index}: embedded Lucene under the data folder (the one-process
 * default) or an index on an OpenSearch cluster.
 *
 * @param engine     {@code lucene} or {@code opensearch}
 * @param opensearch where the OpenSearch index lives (only read when {@code engine=opensearch})
 */
@ConfigurationProperties("voiceqa.index")
public record IndexProperties(@DefaultValue("lucene") Engine engine, @DefaultValue OpenSearch opensearch) {

    public enum Engine { LUCENE, OPENSEARCH }

    /**
     * @param url      the cluster's HTTP address, e.g. {@code http://127.0.0.1:9200}; every node needs the
     *                 analysis-smartcn plugin
     * @param index    the index name, created with VoiceQA's mapping when absent
     * @param replicas replicas of the index when VoiceQA creates it
     */
    public record OpenSearch(@DefaultValue("") String url, @DefaultValue("voiceqa-calls") String index,
                             @DefaultValue("0") int replicas) {
    }

    /** Opens the configured index; {@code luceneDir} is where the embedded one lives. */
    public TranscriptIndex open(Path luceneDir) throws IOException {
        return switch (engine) {
            case LUCENE -> LuceneTranscriptIndex.open(luceneDir);
            case OPENSEARCH -> {
                if (opensearch.url().isBlank()) {
                    throw new IllegalArgumentException("voiceqa.index.engine=opensearch needs "
                            + "voiceqa.index.opensearch.url, e.g. http://127.0.0.1:9200 (OpenSearch 的地址未配置)");
                }
                yield OpenSearchTranscriptIndex.open(opensearch.url(), opensearch.index(), opensearch.replicas());
            }
        };
    }

    /** What the index is, for progress and log lines. */
    public String describe(Path luceneDir) {
        return engine == Engine.LUCENE ? "Lucene index in " + luceneDir
                : "OpenSearch index " + opensearch.index() + " at " + opensearch.url();
    }
}
