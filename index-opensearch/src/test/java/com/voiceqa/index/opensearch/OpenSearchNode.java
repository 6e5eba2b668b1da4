package com.voiceqa.index.opensearch;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

import java.io.IOException;
import java.nio.file.Files;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

/**
 * A real single-node OpenSearch cluster in the test JVM, with the analysis-smartcn plugin, listening on an ephemeral
 * loopback port. Start it once per test class: starting takes seconds, an index per test keeps tests apart. In the test
 * jar: deploy's {@code LocalOpenSearch} runs the same node in a JVM of its own for the local cluster.
 */
public final class OpenSearchNode implements AutoCloseable {

    private final OpenSearchRunner runner = new OpenSearchRunner();
    private final String url;
    final long startMillis;

    public OpenSearchNode() throws IOException {
        long started = System.nanoTime();
        String home = Files.createTempDirectory("voiceqa-opensearch").toString();
        runner.onBuild((number, settings) -> {
            settings.put("http.port", "0");
            settings.put("transport.port", "0");
            settings.put("network.host", "127.0.0.1");
            // a nearly full disk of a shared build machine must not keep the test index from being allocated
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        }).build(newConfigs().basePath(home).clusterName("voiceqa-test").numOfNode(1)
                .pluginTypes("org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin"));
        runner.ensureYellow();
        var address = runner.node().injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
        url = "http://127.0.0.1:" + address.getPort();
        startMillis = (System.nanoTime() - started) / 1_000_000;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        runner.close();
        runner.clean();
    }
}
