package com.voiceqa.rules.index;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.index.SearchResult.CallHit;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded Lucene index of calls, kept in a directory under the data directory.
 *
 * <p>Invariants (beyond {@link TranscriptIndex}'s): a call is searchable at most
 * {@value #MAX_STALE_SECONDS} s after {@link #index} returns (a background thread reopens the near-real-time reader);
 * changes are committed to disk every {@value #COMMIT_SECONDS} s and on {@link #close}, so after a crash at most the
 * last seconds of indexing are lost and must be re-indexed from the call store. Thread-safe.
 */
public final class LuceneTranscriptIndex implements TranscriptIndex {

    static final double MAX_STALE_SECONDS = 0.25;
    static final long COMMIT_SECONDS = 5;
    private static final int TOP_FACET_VALUES = 20;
    private static final String SCHEMA_KEY = "voiceqa.schema";
    private static final String SCHEMA = Integer.toString(IndexFields.SCHEMA_VERSION);

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final ScheduledExecutorService committer;
    private final IndexAnalyzer analyzer = new IndexAnalyzer();
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private volatile FacetState facetState;
    private volatile boolean schemaCurrent;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private LuceneTranscriptIndex(Path directory) throws IOException {
        Files.createDirectories(directory);
        warmUp();
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        writer = new IndexWriter(FSDirectory.open(directory), config);
        schemaCurrent = writer.getDocStats().numDocs == 0 || SCHEMA.equals(committedSchema());
        if (schemaCurrent) {
            markSchema();
        }
        searchers = new SearcherManager(writer, null);
        reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, 0.05);
        reopener.setName("transcript-index-reopen");
        reopener.setDaemon(true);
        reopener.start();
        committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "transcript-index-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Loads the analyzers' dictionaries (smartcn's take a second or two) at open time, so the first call indexed
     * after a start is still searchable within {@value #MAX_STALE_SECONDS} s.
     */
    private void warmUp() {
        for (String role : IndexFields.ROLES) {
            for (String prefix : List.of(IndexFields.WORDS, IndexFields.BIGRAM, IndexFields.PINYIN)) {
                try (var ts = analyzer.tokenStream(prefix + role, "您好，报价已经发到您的邮箱")) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        // consume
                    }
                    ts.end();
                } catch (IOException e) {
                    throw new UncheckedIOException("analyzer warm-up on an in-memory string failed", e);
                }
            }
        }
    }

    /** The schema version the last commit recorded; an index written before versions were recorded has none. */
    private String committedSchema() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(SCHEMA_KEY)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** Every commit from now on records the current schema version. */
    private void markSchema() {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
    }

    /** Opens (or creates) the index in {@code directory}, e.g. {@code <data dir>/index}. */
    public static LuceneTranscriptIndex open(Path directory) throws IOException {
        return new LuceneTranscriptIndex(directory);
    }

    @Override
    public void index(CallRecord call, CallParties parties, CallEvaluation evaluation) {
        try {
            Document doc = facetsConfig.build(IndexFields.document(CallDocument.of(call, parties, evaluation)));
            writer.updateDocument(new Term(IndexFields.ID, call.callId()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not index call " + call.callId(), e);
        }
    }

    @Override
    public void delete(String callId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ID, callId));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete call " + callId, e);
        }
    }

    @Override
    public void deleteAll() throws IOException {
        writer.deleteAll();
        markSchema();
        schemaCurrent = true;
    }

    @Override
    public boolean schemaCurrent() {
        return schemaCurrent;
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public int count() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public SearchResult search(SearchRequest request, SearchScope scope) throws IOException {
        long started = System.nanoTime();
        SearchPlan plan = SearchPlan.of(request, scope);
        SearchRequest r = plan.request();
        Query query = plan.query();
        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchResult(0, List.of(), Map.of(), elapsedMillis(started));
            }
            int wanted = r.offset() + r.limit();
            Sort sort = sort(r.sort());
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, sort, new FacetsCollectorManager());
            List<CallHit> hits = hits(searcher, result.topDocs(), plan);
            long total = total(result.facetsCollector());
            return new SearchResult(total, hits, facets(searcher.getIndexReader(), result.facetsCollector()),
                    elapsedMillis(started));
        } finally {
            searchers.release(searcher);
        }
    }

    private static long total(FacetsCollector fc) {
        long total = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            total += m.totalHits();
        }
        return total;
    }

    private static List<CallHit> hits(IndexSearcher searcher, TopDocs top, SearchPlan plan) throws IOException {
        List<CallHit> out = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        var stored = searcher.storedFields();
        for (int i = plan.request().offset(); i < docs.length; i++) {
            out.add(plan.hit(stored.document(docs[i].doc).get(IndexFields.STORED), docs[i].score));
        }
        return out;
    }

    private Map<String, Map<String, Long>> facets(IndexReader reader, FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : IndexFields.FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult result = state.getOrdRange(dim) == null ? null : counts.getTopChildren(TOP_FACET_VALUES, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
            out.put(dim, values);
        }
        return out;
    }

    /** The facet ordinal map is built once per reader generation, not per search. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private static Sort sort(SearchRequest.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> null;
            case NEWEST -> new Sort(new SortField(IndexFields.STARTED, SortField.Type.LONG, true));
            case OLDEST -> new Sort(new SortField(IndexFields.STARTED, SortField.Type.LONG, false));
            case SCORE_ASC -> new Sort(byScore(false));
            case SCORE_DESC -> new Sort(byScore(true));
            case LONGEST -> new Sort(new SortField(IndexFields.DURATION, SortField.Type.DOUBLE, true));
        };
    }

    private static SortField byScore(boolean descending) {
        SortField field = new SortField(IndexFields.SCORE, SortField.Type.DOUBLE, descending);
        field.setMissingValue(IndexFields.NO_SCORE);
        return field;
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private void commitQuietly() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            // the next periodic commit or close() retries; indexing itself is unaffected
            System.getLogger(LuceneTranscriptIndex.class.getName()).log(System.Logger.Level.WARNING,
                    "periodic index commit failed, will retry", e);
        }
    }

    @Override
    public void close() throws IOException {
        committer.shutdownNow();
        reopener.close();
        try {
            searchers.close();
            writer.commit();
        } finally {
            writer.close();
        }
    }
}
