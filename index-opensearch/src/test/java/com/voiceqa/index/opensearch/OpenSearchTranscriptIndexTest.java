package com.voiceqa.index.opensearch;

import com.voiceqa.rules.TranscriptIndexContract;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.TranscriptIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index contract on a real OpenSearch node, started once for the class; each test opens its own index. */
class OpenSearchTranscriptIndexTest extends TranscriptIndexContract {

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

    @Override
    protected TranscriptIndex open(String name) throws IOException {
        return OpenSearchTranscriptIndex.open(node.url(), name, 0);
    }
}
