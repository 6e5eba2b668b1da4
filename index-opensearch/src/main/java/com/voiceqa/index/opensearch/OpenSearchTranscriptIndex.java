package com.voiceqa.index.opensearch;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.index.CallDocument;
import com.voiceqa.rules.index.CallParties;
import com.voiceqa.rules.index.IndexFields;
import com.voiceqa.rules.index.SearchPlan;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.rules.index.TranscriptIndex;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.ParseException;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.ResponseException;
import org.opensearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The transcript index as one index of an OpenSearch cluster, reached over HTTP. Same contract as the embedded index:
 * {@link #index} replaces a call's document and is searchable after the node's next refresh (1 s by default);
 * {@link #commit} refreshes at once. Durability is the node's: every write is in its translog before it is answered.
 * The index is created with {@link IndexMapping} when absent; every node needs the analysis-smartcn plugin.
 */
public final class OpenSearchTranscriptIndex implements TranscriptIndex {

    /** OpenSearch index names: lowercase, no separators or wildcards, and never a path outside the index. */
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,199}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** OpenSearch's default {@code index.max_result_window}: it refuses to page past it. */
    static final int MAX_RESULT_WINDOW = 10_000;

    private final RestClient client;
    private final String index;
    private final int replicas;
    private volatile boolean schemaCurrent;

    private OpenSearchTranscriptIndex(RestClient client, String index, int replicas) {
        this.client = client;
        this.index = index;
        this.replicas = replicas;
    }

    /**
     * Connects to the cluster at {@code url} (e.g. {@code http://127.0.0.1:9200}) and opens {@code index}, creating it
     * with {@code replicas} replicas when it does not exist yet.
     */
    public static OpenSearchTranscriptIndex open(String url, String index, int replicas) throws IOException {
        if (index == null || !INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException("the OpenSearch index name '" + index + "' is not valid: use lowercase "
                    + "letters, digits, - and _ (e.g. voiceqa-calls)");
        }
        HttpHost host;
        try {
            host = HttpHost.create(url);
        } catch (URISyntaxException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the OpenSearch address '" + url + "' is not a URL: write it like "
                    + "http://127.0.0.1:9200", e);
        }
        OpenSearchTranscriptIndex opened = new OpenSearchTranscriptIndex(RestClient.builder(host).build(), index, replicas);
        try {
            opened.createIfAbsent();
            opened.schemaCurrent = opened.mappedSchema() == IndexFields.SCHEMA_VERSION;
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    /** The schema version in the index's mapping; 1 for an index created before versions were recorded. */
    private int mappedSchema() throws IOException {
        JsonNode mappings = json(client.performRequest(new Request("GET", "/" + index + "/_mapping")));
        for (JsonNode concrete : mappings) { // keyed by the concrete index's name, which an alias does not give
            return concrete.path("mappings").path("_meta").path(IndexMapping.SCHEMA).asInt(1);
        }
        return IndexFields.SCHEMA_VERSION;
    }

    private void createIfAbsent() throws IOException {
        Response exists = client.performRequest(new Request("HEAD", "/" + index));
        if (exists.getStatusLine().getStatusCode() == 200) {
            return;
        }
        Request create = new Request("PUT", "/" + index);
        create.setJsonEntity(IndexMapping.json(replicas));
        try {
            client.performRequest(create);
        } catch (ResponseException e) {
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e; // another process creating it at the same moment is fine, anything else is not
            }
        }
    }

    @Override
    public void index(CallRecord call, CallParties parties, CallEvaluation evaluation) {
        Request put = new Request("PUT", document(call.callId()));
        put.setJsonEntity(DocumentJson.of(CallDocument.of(call, parties, evaluation)));
        try {
            client.performRequest(put);
        } catch (IOException e) {
            throw new UncheckedIOException("could not index call " + call.callId() + " in OpenSearch index " + index, e);
        }
    }

    @Override
    public void delete(String callId) {
        try {
            client.performRequest(new Request("DELETE", document(callId)));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw new UncheckedIOException("could not delete call " + callId, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete call " + callId, e);
        }
    }

    /**
     * Empties the index; one of an older schema is deleted and created again with the current mapping, since a
     * strict mapping refuses the fields it does not know.
     */
    @Override
    public void deleteAll() throws IOException {
        if (!schemaCurrent) {
            client.performRequest(new Request("DELETE", "/" + index));
            createIfAbsent();
            schemaCurrent = true;
            return;
        }
        Request all = new Request("POST", "/" + index + "/_delete_by_query");
        all.addParameter("refresh", "true");
        all.setJsonEntity("{\"query\":{\"match_all\":{}}}");
        client.performRequest(all);
    }

    @Override
    public boolean schemaCurrent() {
        return schemaCurrent;
    }

    @Override
    public void commit() throws IOException {
        client.performRequest(new Request("POST", "/" + index + "/_refresh"));
    }

    @Override
    public int count() throws IOException {
        return json(client.performRequest(new Request("GET", "/" + index + "/_count"))).path("count").asInt();
    }

    @Override
    public SearchResult search(SearchRequest request, SearchScope scope) throws IOException {
        long started = System.nanoTime();
        if (request.offset() + request.limit() > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("results past the first " + MAX_RESULT_WINDOW + " cannot be paged to: "
                    + "narrow the search with filters (请缩小搜索范围)");
        }
        SearchPlan plan = SearchPlan.of(request, scope);
        Request search = new Request("POST", "/" + index + "/_search");
        search.setJsonEntity(SearchBody.of(plan));
        JsonNode response = json(client.performRequest(search));
        return SearchResponses.read(plan, response, (System.nanoTime() - started) / 1_000_000);
    }

    private String document(String callId) {
        return "/" + index + "/_doc/" + URLEncoder.encode(callId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode json(Response response) throws IOException {
        try {
            return JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IOException("OpenSearch sent an unreadable response", e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
