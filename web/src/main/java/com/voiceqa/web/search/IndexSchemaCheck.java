package com.voiceqa.web.search;

import com.voiceqa.web.config.VoiceQaProperties;
import org.springframework.stereotype.Component;

/**
 * Stops the product at startup when an older VoiceQA wrote the search index: its documents lack the ids the search
 * scope admits by (so scoped users would miss those calls), and an OpenSearch index of the old mapping refuses the new
 * documents outright. A rebuild needs the server stopped (the embedded index has one writer), so this says how to run
 * one rather than rebuilding behind a running cluster's back. Not part of {@code ./voiceqa reindex}, which fixes it.
 */
@Component
class IndexSchemaCheck {

    IndexSchemaCheck(SearchIndex index, IndexProperties engine, VoiceQaProperties properties) {
        if (!index.schemaCurrent()) {
            throw new IllegalStateException("the " + engine.describe(properties.indexDir()) + " was written by an "
                    + "older VoiceQA; rebuild it from the database once: stop VoiceQA and run ./voiceqa reindex with "
                    + "the same data folder and index settings (e.g. ./voiceqa reindex --data DIR), then start again "
                    + "(搜索索引由旧版本生成，请先运行 ./voiceqa reindex 重建)");
        }
    }
}
