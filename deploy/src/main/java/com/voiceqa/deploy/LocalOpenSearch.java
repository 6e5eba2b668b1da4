package com.voiceqa.deploy;

import com.voiceqa.index.opensearch.OpenSearchNode;

import java.nio.file.Path;

/**
 * {@code java -cp ... com.voiceqa.deploy.LocalOpenSearch READY_FILE}: index-opensearch's test node (single node,
 * analysis-smartcn, a free loopback port, data in a temporary folder) in a JVM of its own; writes
 * {@code http://127.0.0.1:port} to READY_FILE, serves until the JVM is stopped.
 */
public final class LocalOpenSearch {

    private LocalOpenSearch() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = ReadyFile.of(args, "com.voiceqa.deploy.LocalOpenSearch");
        OpenSearchNode node = new OpenSearchNode();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                System.err.println("OpenSearch did not stop cleanly: " + e);
            }
        }, "opensearch-stop"));
        ReadyFile.announce(ready, node.url());
        System.out.println("OpenSearch at " + node.url());
        Thread.currentThread().join();
    }
}
