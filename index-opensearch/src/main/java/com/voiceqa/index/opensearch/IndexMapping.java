package com.voiceqa.index.opensearch;

import com.voiceqa.rules.index.IndexFields;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index's settings and mapping, field for field the schema of {@link IndexFields}. Analysis matches the embedded
 * index's: {@code words.*} uses the smartcn plugin's analyzer (the same SmartChineseAnalyzer), {@code bigram.*} a
 * custom chain equal to Lucene's {@code CJKAnalyzer} without stop words (OpenSearch's built-in {@code cjk} analyzer
 * would drop English stop words), and {@code pinyin.*} is transliterated by the client ({@link PinyinText}: no built-in
 * analyzer knows pinyin) and only split on whitespace here. One shard, so relevance statistics are those of one
 * Lucene index.
 */
final class IndexMapping {

    static final String BIGRAM_ANALYZER = "voiceqa_bigram";
    static final String PINYIN_ANALYZER = "voiceqa_pinyin";
    /** Provided by the analysis-smartcn plugin, which every node of the cluster must have installed. */
    static final String WORDS_ANALYZER = "smartcn";
    /** The mapping's {@code _meta} entry holding {@link IndexFields#SCHEMA_VERSION}; absent in indexes of version 1. */
    static final String SCHEMA = "voiceqa_schema";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexMapping() {
    }

    static String json(int replicas) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode index = root.putObject("settings").putObject("index");
        index.put("number_of_shards", 1).put("number_of_replicas", replicas);
        ObjectNode analyzers = index.putObject("analysis").putObject("analyzer");
        analyzers.putObject(BIGRAM_ANALYZER).put("type", "custom").put("tokenizer", "standard")
                .putArray("filter").add("cjk_width").add("lowercase").add("cjk_bigram");
        analyzers.putObject(PINYIN_ANALYZER).put("type", "custom").put("tokenizer", "whitespace");

        ObjectNode mappings = root.putObject("mappings").put("dynamic", "strict");
        mappings.putObject("_meta").put(SCHEMA, IndexFields.SCHEMA_VERSION);
        ObjectNode properties = mappings.putObject("properties");
        text(properties, IndexFields.WORDS, WORDS_ANALYZER);
        text(properties, IndexFields.BIGRAM, BIGRAM_ANALYZER);
        text(properties, IndexFields.PINYIN, PINYIN_ANALYZER);
        for (String keyword : new String[] {IndexFields.ID, IndexFields.REP, IndexFields.TEAM, IndexFields.ACCOUNT,
                IndexFields.REP_ID, IndexFields.TEAM_ID, IndexFields.ACCOUNT_ID, IndexFields.DEVICE, IndexFields.RISK,
                IndexFields.RULE}) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject(IndexFields.STARTED).put("type", "long");
        properties.putObject(IndexFields.DURATION).put("type", "double");
        properties.putObject(IndexFields.SCORE).put("type", "double");
        properties.putObject(IndexFields.STORED).put("type", "keyword").put("index", false).put("doc_values", false);
        return JSON.writeValueAsString(root);
    }

    /** The object holding a text prefix's role fields: {@code words.} → {@code words}. */
    static String objectName(String prefix) {
        return prefix.substring(0, prefix.length() - 1);
    }

    /** {@code words.rep}, {@code words.customer}, … as sub-fields of an object {@code words}. */
    private static void text(ObjectNode properties, String prefix, String analyzer) {
        ObjectNode roles = properties.putObject(objectName(prefix)).putObject("properties");
        for (String role : IndexFields.ROLES) {
            roles.putObject(role).put("type", "text").put("analyzer", analyzer)
                    .put("position_increment_gap", IndexFields.UTTERANCE_GAP);
        }
    }
}
