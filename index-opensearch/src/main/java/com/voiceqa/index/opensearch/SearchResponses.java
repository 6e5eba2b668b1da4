package com.voiceqa.index.opensearch;

import com.voiceqa.rules.index.IndexFields;
import com.voiceqa.rules.index.SearchPlan;
import com.voiceqa.rules.index.SearchResult;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code _search} response of a {@link SearchBody} into the engine-neutral {@link SearchResult}. */
final class SearchResponses {

    private SearchResponses() {
    }

    static SearchResult read(SearchPlan plan, JsonNode response, long tookMillis) {
        List<SearchResult.CallHit> hits = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            // _score is null when the results are sorted by a field: the embedded index reports 0 then too
            float relevance = hit.path("_score").isNumber() ? hit.path("_score").floatValue() : 0;
            hits.add(plan.hit(hit.path("_source").path(IndexFields.STORED).asString(), relevance));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : IndexFields.FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (JsonNode bucket : response.path("aggregations").path(facet).path("buckets")) {
                values.put(bucket.path("key").asString(), bucket.path("doc_count").asLong());
            }
            facets.put(facet, values);
        }
        return new SearchResult(response.path("hits").path("total").path("value").asLong(), hits, facets, tookMillis);
    }
}
