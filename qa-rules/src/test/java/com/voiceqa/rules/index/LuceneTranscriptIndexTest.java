package com.voiceqa.rules.index;

import com.voiceqa.rules.TranscriptIndexContract;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index contract on embedded Lucene: each name is a directory under the test's temporary folder. */
class LuceneTranscriptIndexTest extends TranscriptIndexContract {

    @TempDir
    Path dir;

    @Override
    protected TranscriptIndex open(String name) throws IOException {
        return LuceneTranscriptIndex.open(dir.resolve(name));
    }

    @Test
    void anIndexWrittenBeforeSchemaVersionsIsNotCurrentUntilARebuildEmptiesIt() throws IOException {
        Path old = dir.resolve("schema-1");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig())) {
            Document doc = new Document(); // as version 1 wrote it: names, no ids, no schema in the commit
            doc.add(new StringField(IndexFields.ID, "c1", Field.Store.YES));
            doc.add(new StringField(IndexFields.REP, "limin", Field.Store.NO));
            writer.addDocument(doc);
            writer.commit();
        }
        try (TranscriptIndex index = open("schema-1")) {
            assertFalse(index.schemaCurrent(), "documents of schema 1 lack the ids the scope filters on");
            index.deleteAll();
            assertTrue(index.schemaCurrent());
            index.commit();
        }
        try (TranscriptIndex index = open("schema-1")) {
            assertTrue(index.schemaCurrent(), "the rebuilt index records its schema");
        }
        try (TranscriptIndex index = open("new")) {
            assertTrue(index.schemaCurrent(), "a new index is current");
        }
    }
}
