package com.voiceqa.index.opensearch;

import com.voiceqa.rules.TranscriptIndexContract;
import com.voiceqa.rules.index.TranscriptIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;

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

    @Override
    protected TranscriptIndex open(String name) throws IOException {
        return OpenSearchTranscriptIndex.open(node.url(), name, 0);
    }
}
