package com.voiceqa.web.search;

import com.voiceqa.rules.index.IndexFields;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.reindex.ReindexCommand;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An index an older VoiceQA wrote (schema 1: calls known by names, no ids) stops the product with the command that
 * fixes it, and {@code ./voiceqa reindex} does fix it.
 */
class IndexSchemaCheckTest {

    @TempDir
    Path data;

    @Test
    void anIndexOfSchemaOneStopsTheProductUntilReindexRebuildsIt() throws Exception {
        try (IndexWriter old = new IndexWriter(FSDirectory.open(data.resolve("index")), new IndexWriterConfig())) {
            Document call = new Document();
            call.add(new StringField(IndexFields.ID, "c-1", Field.Store.YES));
            call.add(new StringField(IndexFields.REP, "limin", Field.Store.NO));
            old.addDocument(call);
            old.commit();
        }
        assertThatThrownBy(this::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was written by an older VoiceQA").hasMessageContaining("./voiceqa reindex");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ReindexCommand().run(List.of("--data", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("done, 0 calls indexed");
        check(); // the product starts now
    }

    private void check() throws Exception {
        VoiceQaProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("voiceqa.data-dir",
                data.toString()))).bindOrCreate("voiceqa", VoiceQaProperties.class);
        IndexProperties engine = new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("voiceqa.index",
                IndexProperties.class);
        SearchIndex index = new SearchIndex(properties, engine);
        try {
            new IndexSchemaCheck(index, engine, properties);
        } finally {
            index.close();
        }
    }
}
