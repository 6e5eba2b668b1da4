package com.voiceqa.rules.semantic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddingCacheTest {

    @Test
    void vectorsSurviveReopeningAndAPartialLastRecordIsDropped(@TempDir Path dir) throws IOException {
        Path file;
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "enc-1")) {
            cache.put("合同到期就不续了", new float[]{0.25f, -1f, 3f});
            cache.put("今天天气不错", new float[]{1f, 2f, 3f});
            cache.put("合同到期就不续了", new float[]{9f, 9f, 9f}); // a text is stored once
            file = cache.file();
        }
        // a run killed in the middle of a record
        Files.write(file, new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, StandardOpenOption.APPEND);
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "enc-1")) {
            assertEquals(2, cache.size());
            assertArrayEquals(new float[]{0.25f, -1f, 3f}, cache.get("合同到期就不续了"));
            assertNull(cache.get("合同到期就不续"));
            cache.put("报价单我收到了", new float[]{4f});
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, "enc-1")) {
            assertEquals(3, cache.size(), "the partial record was cut off before appending");
            assertArrayEquals(new float[]{4f}, cache.get("报价单我收到了"));
        }
        try (EmbeddingCache other = EmbeddingCache.open(dir, "enc-2")) {
            assertEquals(0, other.size(), "another encoder never reads these vectors");
        }
        assertThrows(IllegalArgumentException.class, () -> EmbeddingCache.open(dir, "../x"));
    }
}
