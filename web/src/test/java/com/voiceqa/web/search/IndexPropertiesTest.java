package com.voiceqa.web.search;

import com.voiceqa.rules.index.LuceneTranscriptIndex;
import com.voiceqa.rules.index.TranscriptIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code voiceqa.index.*} picks and opens the engine (the engines themselves run the index contract suite). */
class IndexPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void bindsTheOperatorsSettingsWithLuceneAsTheDefault() {
        IndexProperties opensearch = bind(Map.of("voiceqa.index.engine", "opensearch",
                "voiceqa.index.opensearch.url", "http://127.0.0.1:9200"));
        assertThat(opensearch.engine()).isEqualTo(IndexProperties.Engine.OPENSEARCH);
        assertThat(opensearch.opensearch().index()).isEqualTo("voiceqa-calls");
        assertThat(opensearch.opensearch().replicas()).isZero();
        assertThat(bind(Map.of("voiceqa.index.opensearch.index", "x")).engine()).isEqualTo(IndexProperties.Engine.LUCENE);
    }

    @Test
    void luceneOpensUnderTheDataFolder() throws IOException {
        try (TranscriptIndex index = bind(Map.of("voiceqa.index.engine", "lucene")).open(dir.resolve("index"))) {
            assertThat(index).isInstanceOf(LuceneTranscriptIndex.class);
        }
        assertThat(dir.resolve("index")).isNotEmptyDirectory();
    }

    @Test
    void opensearchWithoutAnAddressOrWithAnUnreachableOneFailsAtStartInsteadOfFallingBack() {
        assertThatThrownBy(() -> bind(Map.of("voiceqa.index.engine", "opensearch")).open(dir.resolve("index")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("voiceqa.index.opensearch.url");
        assertThatThrownBy(() -> bind(Map.of("voiceqa.index.engine", "opensearch",
                "voiceqa.index.opensearch.url", "http://127.0.0.1:1")).open(dir.resolve("index")))
                .isInstanceOf(IOException.class);
        assertThat(dir.resolve("index")).doesNotExist();
    }

    private static IndexProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("voiceqa.index",
                IndexProperties.class);
    }
}
