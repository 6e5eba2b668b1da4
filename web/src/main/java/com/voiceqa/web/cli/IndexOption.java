package com.voiceqa.web.cli;

import com.voiceqa.core.cli.UserError;

import java.nio.file.Path;
import java.util.List;

/** {@code --index opensearch:URL | lucene:DIR}: which transcript index a cluster role shares, as Spring settings. */
final class IndexOption {

    private IndexOption() {
    }

    static List<String> springArgs(String value) {
        if (value.startsWith("opensearch:") && value.length() > "opensearch:".length()) {
            return List.of("--voiceqa.index.engine=opensearch",
                    "--voiceqa.index.opensearch.url=" + value.substring("opensearch:".length()));
        }
        if (value.startsWith("lucene:") && value.length() > "lucene:".length()) {
            return List.of("--voiceqa.index.engine=lucene",
                    "--voiceqa.lucene-dir=" + Path.of(value.substring("lucene:".length())).toAbsolutePath());
        }
        throw new UserError("--index " + value + " is neither opensearch:URL (e.g. opensearch:http://127.0.0.1:9200) "
                + "nor lucene:DIR");
    }
}
