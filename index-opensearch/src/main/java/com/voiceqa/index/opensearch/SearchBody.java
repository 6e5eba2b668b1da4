package com.voiceqa.index.opensearch;

import com.voiceqa.rules.index.IndexFields;
import com.voiceqa.rules.index.SearchPlan;
import com.voiceqa.rules.index.SearchRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code _search} body of a plan: the translated query, the page, the order of the embedded index (a call without
 * an evaluation sorts as score {@value IndexFields#NO_SCORE}), exact totals, and one terms aggregation per facet
 * (top {@value #TOP_FACET_VALUES}). Only the stored call is fetched: result rows and snippets are built from it.
 */
final class SearchBody {

    static final int TOP_FACET_VALUES = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchBody() {
    }

    static String of(SearchPlan plan) {
        SearchRequest r = plan.request();
        ObjectNode body = JSON.createObjectNode();
        body.set("query", QueryTranslator.translate(plan.query()));
        body.put("from", r.offset()).put("size", r.limit()).put("track_total_hits", true);
        body.putArray("_source").add(IndexFields.STORED);
        switch (r.sort()) {
            case RELEVANCE -> { }
            case NEWEST -> sort(body, IndexFields.STARTED, "desc");
            case OLDEST -> sort(body, IndexFields.STARTED, "asc");
            case SCORE_ASC -> sort(body, IndexFields.SCORE, "asc").put("missing", IndexFields.NO_SCORE);
            case SCORE_DESC -> sort(body, IndexFields.SCORE, "desc").put("missing", IndexFields.NO_SCORE);
            case LONGEST -> sort(body, IndexFields.DURATION, "desc");
        }
        ObjectNode aggs = body.putObject("aggs");
        for (String facet : IndexFields.FACETS) {
            aggs.putObject(facet).putObject("terms").put("field", facet).put("size", TOP_FACET_VALUES);
        }
        return JSON.writeValueAsString(body);
    }

    private static ObjectNode sort(ObjectNode body, String field, String order) {
        return body.putArray("sort").addObject().putObject(field).put("order", order);
    }
}
