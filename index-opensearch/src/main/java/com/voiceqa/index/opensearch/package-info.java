/**
 * The transcript index on an OpenSearch cluster: {@link com.voiceqa.index.opensearch.OpenSearchTranscriptIndex}
 * implements qa-rules' {@link com.voiceqa.rules.index.TranscriptIndex} over the low-level REST client. The schema,
 * the parsed query and the result rows come from qa-rules ({@code CallDocument}, {@code SearchPlan}); this package
 * only maps them: {@link com.voiceqa.index.opensearch.IndexMapping} (analysis and fields),
 * {@link com.voiceqa.index.opensearch.DocumentJson} (a call as a document),
 * {@link com.voiceqa.index.opensearch.QueryTranslator} (Lucene query tree to query DSL),
 * {@link com.voiceqa.index.opensearch.SearchBody} and {@link com.voiceqa.index.opensearch.SearchResponses}.
 */
package com.voiceqa.index.opensearch;
