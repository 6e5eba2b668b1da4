package com.voiceqa.index.opensearch;

import com.voiceqa.rules.TestCalls;
import com.voiceqa.rules.TranscriptIndexContract;
import com.voiceqa.rules.index.CallParties;
import com.voiceqa.rules.index.IndexFields;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.rules.index.TranscriptIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.Request;
import org.opensearch.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index contract on a real OpenSearch node, started once for the class; each test opens its own index. */
class OpenSearchTranscriptIndexTest extends TranscriptIndexContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static OpenSearchNode node;

    @BeforeAll
    static void startNode() throws IOException {
        node = new OpenSearchNode();
        System.out.println("OpenSearch node started in " + node.startMillis + " ms at " + node.url());
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    /** Beyond the contract: the one limit the embedded index does not have is refused with advice, before any request. */
    @Test
    void pagingPastTheResultWindowAsksToNarrowTheSearch() throws IOException {
        try (TranscriptIndex index = open("deep-paging")) {
            SearchRequest deep = SearchRequest.builder().query("*").offset(OpenSearchTranscriptIndex.MAX_RESULT_WINDOW)
                    .limit(20).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.search(deep));
            assertTrue(e.getMessage().contains("narrow the search"), e.getMessage());
        }
    }

    @Test
    void anInvalidIndexNameOrAddressIsRefusedWithAnExample() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> OpenSearchTranscriptIndex.open(node.url(), "../Calls", 0));
        assertTrue(name.getMessage().contains("voiceqa-calls"), name.getMessage());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> OpenSearchTranscriptIndex.open("not a url", "calls", 0));
        assertTrue(url.getMessage().contains("http://127.0.0.1:9200"), url.getMessage());
    }

    /**
     * An index VoiceQA 1 created (no schema in its mapping, no id fields) is reported as such and refuses the new
     * documents under its strict mapping; the rebuild's {@code deleteAll} creates it again with the current mapping.
     */
    @Test
    void anIndexOfSchemaOneIsRecreatedByTheRebuild() throws IOException {
        ObjectNode mapping = (ObjectNode) JSON.readTree(IndexMapping.json(0));
        ObjectNode mappings = (ObjectNode) mapping.get("mappings");
        mappings.remove("_meta");
        ((ObjectNode) mappings.get("properties")).remove(List.of(IndexFields.REP_ID, IndexFields.TEAM_ID,
                IndexFields.ACCOUNT_ID));
        try (RestClient client = RestClient.builder(HttpHost.create(node.url())).build()) {
            Request create = new Request("PUT", "/schema-one");
            create.setJsonEntity(JSON.writeValueAsString(mapping));
            client.performRequest(create);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        CallParties limin = new CallParties(new CallParties.Party(1, "李敏"), null, null);
        try (TranscriptIndex index = open("schema-one")) {
            assertFalse(index.schemaCurrent());
            assertThrows(UncheckedIOException.class, () -> index.index(TestCalls.call("c1", "rep:您好"), limin, null),
                    "the old strict mapping refuses the ids");
            index.deleteAll();
            assertTrue(index.schemaCurrent());
            index.index(TestCalls.call("c1", "rep:您好"), limin, null);
            index.commit();
            assertEquals(1, index.search(SearchRequest.text("您好"), SearchScope.ofRep(1)).total());
        }
        try (TranscriptIndex reopened = open("schema-one")) {
            assertTrue(reopened.schemaCurrent(), "the recreated index records its schema");
        }
    }

    @Override
    protected TranscriptIndex open(String name) throws IOException {
        return OpenSearchTranscriptIndex.open(node.url(), name, 0);
    }
}
