package com.voiceqa.web.reindex;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.cli.DataFolder;
import com.voiceqa.web.cli.OfflineContext;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.findings.HitRepository;
import com.voiceqa.web.pipeline.Hotwords;
import com.voiceqa.web.search.IndexProperties;
import com.voiceqa.web.search.SearchIndex;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./voiceqa reindex [--data DIR | --demo] [--voiceqa.index.…=…] [--spring.datasource.…=…]}: rebuilds the
 * configured transcript index (embedded Lucene, or OpenSearch with {@code --voiceqa.index.engine=opensearch
 * --voiceqa.index.opensearch.url=…}) from the database, printing progress. Takes the data folder's lock, so the
 * product must be stopped (the embedded index has one writer).
 */
public final class ReindexCommand implements CliCommand {

    static final String USAGE = "[--data DIR | --demo] [--voiceqa.index.engine=lucene|opensearch "
            + "--voiceqa.index.opensearch.url=URL]  rebuild the search index from the database; stop the server first";
    private static final int PROGRESS_EVERY = 100;

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String data = null;
        boolean demo = false;
        List<String> springArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--data") && i + 1 < args.size()) {
                data = args.get(++i);
            } else if (arg.startsWith("--voiceqa.index.") || arg.startsWith("--spring.datasource.")) {
                springArgs.add(arg);
            } else {
                throw new UserError("unknown argument '" + arg + "'. Usage: ./voiceqa reindex " + USAGE);
            }
        }
        Path folder = DataFolder.resolve(data, demo);
        try (OfflineContext context = OfflineContext.open(Rebuild.class, folder, springArgs)) {
            String target = context.bean(IndexProperties.class).describe(context.bean(VoiceQaProperties.class).indexDir());
            out.println("reindex: rebuilding the " + target + " from the database of " + folder);
            long started = System.nanoTime();
            int indexed = context.bean(Reindexer.class).rebuild(n -> {
                if (n % PROGRESS_EVERY == 0) {
                    out.println("reindex: " + n + " calls indexed");
                }
            });
            out.printf("reindex: done, %d calls indexed in %.1f s (索引已重建)%n", indexed,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    /**
     * Only what a rebuild needs: the database (migrated), the stored calls, the hot words and the configured index. Not a
     * {@code @Configuration}, so the product's component scan does not pick it up.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, JacksonAutoConfiguration.class})
    @EnableConfigurationProperties({VoiceQaProperties.class, IndexProperties.class})
    @Import({CallRepository.class, HitRepository.class, CallService.class, Hotwords.class, SearchIndex.class,
            Reindexer.class})
    static class Rebuild {
    }
}
