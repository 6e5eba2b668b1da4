package com.voiceqa.rules;

import com.voiceqa.rules.index.CallParties;
import com.voiceqa.rules.index.CallParties.Party;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.rules.index.TranscriptIndex;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every {@link TranscriptIndex} engine must have: one suite, run against embedded Lucene
 * ({@code LuceneTranscriptIndexTest}) and a real OpenSearch node ({@code OpenSearchTranscriptIndexTest} in module
 * index-opensearch). A subclass only says how to open an index by name.
 */
public abstract class TranscriptIndexContract {

    /** A fresh name per test (JUnit makes an instance per test), so tests sharing one engine never see each other. */
    private final String name = "calls-" + UUID.randomUUID();

    /**
     * Opens the index called {@code name}, creating it if absent. Opening the same name again after a close sees what
     * was committed before (a restart).
     */
    protected abstract TranscriptIndex open(String name) throws IOException;

    private TranscriptIndex open() throws IOException {
        return open(name);
    }

    /** The ids of the people, teams and accounts of these tests' calls: a name's position in this list, plus one. */
    private static final List<String> NAMES = List.of("limin", "zhaolei", "李敏", "小郑", "华东", "恒远贸易", "华昌食品",
            "海川机械", "恒远", "华昌");

    private static long id(String name) {
        int at = NAMES.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException(name + " has no id in this test");
        }
        return at + 1;
    }

    /** The parties of a test call, by the names its metadata gives (as a database would know them). */
    private static CallParties parties(CallRecord call) {
        var m = call.metadata();
        return new CallParties(party(m.rep()), party(m.team()), party(m.account()));
    }

    private static Party party(String name) {
        return name.isEmpty() ? null : new Party(id(name), name);
    }

    private static CallRecord call(String id, String rep, String account, String day, String... lines) {
        CallRecord c = TestCalls.call(id, lines);
        return new CallRecord(id, new CallMetadata(rep, "华东", account, "badge", Instant.parse(day + "T09:00:00Z"), 60),
                c.utterances(), null);
    }

    private static void indexAll(TranscriptIndex index, RuleEngine engine, CallRecord... calls) throws IOException {
        for (CallRecord c : calls) {
            index.index(c, parties(c), engine.evaluate(c));
        }
        index.commit();
    }

    @Test
    public void searchesTextPhrasesBooleansAndFilters() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            indexAll(index, engine,
                    call("c1", "李敏", "恒远贸易", "2026-11-01", "rep:您好，我是云帆软件的李敏，这是续约报价。", "customer:报价太高了，我们在试用海川的系统。"),
                    call("c2", "小郑", "华昌食品", "2026-11-05", "rep:您好，明天把报价发您。", "customer:好的，谢谢。"),
                    call("c3", "李敏", "华昌食品", "2026-11-09", "rep:您好，售后工程师明天上门。", "customer:报修五天了工程师还没来。"));

            assertEquals(List.of("c1", "c2"), ids(index.search(SearchRequest.builder().query("报价").sort(SearchRequest.Sort.OLDEST).build())));
            assertEquals(List.of("c1"), ids(index.search(SearchRequest.builder().query("报价").speaker("customer").build())));
            assertEquals(List.of("c1"), ids(index.search(SearchRequest.text("报价 AND 海川"))));
            assertEquals(List.of("c2"), ids(index.search(SearchRequest.text("报价 NOT 海川"))));
            assertEquals(2, index.search(SearchRequest.text("海川 OR 工程师")).total());
            assertEquals(List.of("c3"), ids(index.search(SearchRequest.text("\"工程师还没来\""))));
            assertEquals(List.of("c3"), ids(index.search(SearchRequest.builder().query("报修").rep("李敏").build())));
            assertEquals(List.of("c3"), ids(index.search(SearchRequest.builder().query("*").account("华昌食品")
                    .from(Instant.parse("2026-11-06T00:00:00Z")).build())));
            assertEquals(List.of("c1"), ids(index.search(SearchRequest.builder().risks(List.of("high")).build())));
            assertEquals(List.of("c1"), ids(index.search(SearchRequest.builder().rules(List.of("competitor")).build())));
            assertEquals(List.of("c3"), ids(index.search(SearchRequest.text("rep:李敏 speaker:customer 工程师"))));
            SearchResult byScore = index.search(SearchRequest.builder().minScore(90.0).sort(SearchRequest.Sort.SCORE_DESC).build());
            assertTrue(byScore.hits().stream().allMatch(h -> h.score() >= 90), byScore.toString());
        }
    }

    @Test
    public void theScopeFiltersTheParsedQuerySoTheSearchTextCanOnlyNarrowIt() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            indexAll(index, engine,
                    call("c1", "limin", "恒远贸易", "2026-11-01", "rep:您好，这是续约报价。", "customer:报价太高了，我们在试用海川的系统。"),
                    call("c2", "zhaolei", "华昌食品", "2026-11-05", "rep:您好，明天把报价发您。", "customer:我们在试用海川的系统。"));
            SearchScope limin = SearchScope.ofRep(id("limin"));

            for (String text : List.of("* rep:zhaolei", "rep:zhaolei 海川", "rep:* 报价", "id:c2", "*:*",
                    "\"试用海川的系统\"", "报价 team:华东", "rep_id:" + id("zhaolei"), "报价 OR rep_id:" + id("zhaolei") + "*",
                    "account_id:" + id("华昌食品") + " OR 海川", "team_id:" + id("华东"))) {
                SearchResult r = index.search(SearchRequest.text(text), limin);
                assertTrue(ids(r).stream().allMatch("c1"::equals), text + " -> " + ids(r));
                assertTrue(r.total() <= 1, text + " -> total " + r.total());
                assertEquals(r.total(), r.facets().get("rep").values().stream().mapToLong(Long::longValue).sum(), text);
                assertTrue(r.facets().get("rep").keySet().stream().allMatch("limin"::equals), text + " " + r.facets());
            }
            assertEquals(0, index.search(SearchRequest.text("\"明天把报价发您\""), limin).total(),
                    "a phrase from another rep's call is not an oracle");
            assertEquals(0, index.search(SearchRequest.text("* team:华南"), SearchScope.ofTeam(id("华东"))).total());
            assertEquals(2, index.search(SearchRequest.text("海川"), SearchScope.ofTeam(id("华东"))).total());
            assertEquals(2, index.search(SearchRequest.text("海川"), SearchScope.ALL).total());
        }
    }

    @Test
    public void aScopeAdmitsAnyOfItsRepsTeamsAndAccountsAndAnEmptyOneNothing() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            indexAll(index, engine,
                    call("own", "limin", "恒远贸易", "2026-11-01", "rep:您好，这是续约报价。"),
                    call("inherited", "zhaolei", "华昌食品", "2026-11-05", "rep:您好，明天把报价发您。"),
                    call("other", "zhaolei", "海川机械", "2026-11-07", "rep:您好，报价下周发您。"));
            SearchScope liminAndHerAccount = SearchScope.anyOf(Set.of(id("limin")), Set.of(), Set.of(id("华昌食品")));

            assertEquals(Set.of("own", "inherited"),
                    Set.copyOf(ids(index.search(SearchRequest.text("报价"), liminAndHerAccount))));
            assertEquals(List.of("inherited"), ids(index.search(SearchRequest.text("报价 rep:zhaolei"), liminAndHerAccount)),
                    "search text narrows within the scope");
            assertEquals(0, index.search(SearchRequest.text("报价"), SearchScope.NONE).total());
            assertThrows(IllegalArgumentException.class, () -> SearchScope.anyOf(null, Set.of(), Set.of()));
        }
    }

    @Test
    public void theScopeAdmitsByIdsSoTwoPeopleOfOneNameAreTwoPeopleAndHitsCarryTheirParties() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            CallRecord mine = call("mine", "李敏", "恒远", "2026-11-01", "rep:您好，这是续约报价。");
            CallRecord namesake = call("namesake", "李敏", "华昌", "2026-11-02", "rep:您好，明天把报价发您。");
            Party me = new Party(101, "李敏");
            Party myNamesake = new Party(102, "李敏");
            Party east = new Party(7, "华东");
            index.index(mine, new CallParties(me, east, new Party(201, "恒远")), engine.evaluate(mine));
            index.index(namesake, new CallParties(myNamesake, east, new Party(202, "华昌")), engine.evaluate(namesake));
            index.commit();

            SearchResult own = index.search(SearchRequest.text("报价"), SearchScope.ofRep(101));
            assertEquals(List.of("mine"), ids(own), "the namesake's call stays out of scope");
            SearchResult.CallHit hit = own.hits().getFirst();
            assertEquals(me, hit.rep());
            assertEquals(east, hit.team());
            assertEquals(new Party(201, "恒远"), hit.account());
            assertEquals(List.of("namesake"), ids(index.search(SearchRequest.text("报价"),
                    SearchScope.anyOf(Set.of(), Set.of(), Set.of(202L)))), "an account by id");
            assertEquals(List.of("namesake"), ids(index.search(SearchRequest.builder().query("报价").repId(102L).build())),
                    "the rep filter by id");
            assertEquals(0, index.search(SearchRequest.builder().query("报价").repId(102L).build(),
                    SearchScope.ofRep(101)).total(), "a filter narrows the scope, never widens it");
            assertEquals(2, index.search(SearchRequest.builder().query("报价").teamId(7L).build(),
                    SearchScope.ofTeam(7)).total());

            index.index(mine, CallParties.NONE, engine.evaluate(mine));
            index.commit();
            assertEquals(0, index.search(SearchRequest.text("报价"), SearchScope.ofRep(101)).total(),
                    "re-indexed without its rep, the call leaves the rep's scope");
            SearchResult.CallHit nobodys = index.search(SearchRequest.text("续约")).hits().getFirst();
            assertTrue(nobodys.rep() == null && nobodys.team() == null && nobodys.account() == null, nobodys.toString());
        }
    }

    @Test
    public void aPhraseAsWrittenRanksFirstIsMarkedWholeAndIsTheFirstMoment() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            indexAll(index, engine,
                    call("scattered", "李敏", "恒远", "2026-11-01", "customer:都说不清楚，不是不行", "customer:便宜的东西不好用",
                            "customer:不不不，再说吧"),
                    call("phrase", "李敏", "华昌", "2026-11-02", "rep:一共一百台，一起发货", "customer:你们这个价格不便宜啊",
                            "rep:能便宜一成"));

            SearchResult notCheap = index.search(SearchRequest.text("不便宜"), SearchScope.ALL);
            assertEquals("phrase", notCheap.hits().getFirst().callId(), "the call that says 不便宜 ranks first");
            assertEquals(List.of("你们这个价格<em>不便宜</em>啊"),
                    notCheap.hits().getFirst().snippets().stream().map(SearchResult.Snippet::highlighted).toList());
            notCheap.hits().stream().flatMap(h -> h.snippets().stream()).forEach(snippet -> assertTrue(
                    !snippet.highlighted().contains("<em>不</em>"), "不 is never marked alone: " + snippet.highlighted()));

            SearchResult tenPercent = index.search(SearchRequest.text("便宜一成"), SearchScope.ALL);
            SearchResult.Snippet first = tenPercent.hits().getFirst().snippets().getFirst();
            assertEquals("能<em>便宜一成</em>", first.highlighted(), "the first moment is the phrase's, not 一 elsewhere");
            assertEquals(10.0, first.startSeconds());
        }
    }

    @Test
    public void homophonesBigramsSnippetsFacetsAndPaging() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            indexAll(index, engine,
                    call("a1", "李敏", "恒远", "2026-11-01", "rep:您好", "customer:你们的包价 太 高 了"),
                    call("a2", "李敏", "恒远", "2026-11-02", "rep:您好", "customer:海川科技也来找过我"),
                    call("a3", "小郑", "华昌", "2026-11-03", "rep:您好", "customer:报价<script>收到了"));
            SearchResult homophone = index.search(SearchRequest.text("报价"));
            assertEquals(List.of("a3", "a1"), ids(homophone), "exact match first, the ASR homophone 包价 found by pinyin");
            SearchResult.Snippet s = homophone.hits().get(1).snippets().getFirst();
            assertEquals("customer", s.speaker());
            assertEquals(5.0, s.startSeconds());
            assertEquals("你们的<em>包价</em>太高了", s.highlighted(), "Vosk spaces stripped, homophone marked");
            assertEquals("<em>报价</em>&lt;script&gt;收到了", homophone.hits().get(0).snippets().getFirst().highlighted());
            assertEquals(List.of("a2"), ids(index.search(SearchRequest.text("海川"))), "a name smartcn does not know");

            SearchResult all = index.search(SearchRequest.builder().query("*").limit(2).sort(SearchRequest.Sort.NEWEST).build());
            assertEquals(3, all.total());
            assertEquals(List.of("a3", "a2"), ids(all));
            assertEquals(2L, all.facets().get("rep").get("李敏"));
            assertEquals(1L, all.facets().get("account").get("华昌"));
            SearchResult page2 = index.search(SearchRequest.builder().query("*").offset(2).limit(2).sort(SearchRequest.Sort.NEWEST).build());
            assertEquals(List.of("a1"), ids(page2));
        }
    }

    @Test
    public void prefixesUnevaluatedCallsRuleFacetsAndDeletingAnUnknownCall() throws IOException {
        try (RuleEngine engine = TestCalls.gateEngine(); TranscriptIndex index = open()) {
            CallRecord evaluated = call("e1", "李敏", "恒远", "2026-11-01", "rep:您好", "customer:报价太高了，我们在试用海川的系统。");
            CallRecord unevaluated = call("u1", "小郑", "华昌", "2026-11-02", "rep:您好，报修的工程师明天到");
            index.index(evaluated, parties(evaluated), engine.evaluate(evaluated));
            index.index(unevaluated, parties(unevaluated), null);
            index.delete("never-indexed");
            index.commit();

            assertEquals(2, index.search(SearchRequest.text("报*")).total(), "a prefix over the bigrams: 报价 and 报修");
            assertEquals(List.of("u1", "e1"), ids(index.search(SearchRequest.builder().sort(SearchRequest.Sort.SCORE_ASC).build())),
                    "a call without an evaluation sorts below every score");
            assertEquals(List.of("e1", "u1"), ids(index.search(SearchRequest.builder().sort(SearchRequest.Sort.SCORE_DESC).build())));
            SearchResult all = index.search(SearchRequest.text("*"));
            SearchResult.CallHit notEvaluated = all.hits().stream().filter(h -> h.callId().equals("u1")).findFirst().orElseThrow();
            assertTrue(Double.isNaN(notEvaluated.score()) && notEvaluated.risk().isEmpty(), notEvaluated.toString());
            assertEquals(1L, all.facets().get("rule").get("competitor"), all.facets().toString());
            assertEquals(1L, all.facets().get("risk").values().stream().mapToLong(Long::longValue).sum(), all.facets().toString());
            assertEquals(0, index.search(SearchRequest.builder().query("报价").minScore(101.0).build()).total());
        }
    }

    @Test
    public void nearRealTimeAndSurvivesRestart() throws Exception {
        try (RuleEngine engine = TestCalls.gateEngine()) {
            try (TranscriptIndex index = open()) {
                CallRecord c = call("n1", "李敏", "恒远", "2026-11-01", "rep:您好", "customer:我们准备换供应商了");
                long indexed = System.nanoTime();
                index.index(c, parties(c), engine.evaluate(c));
                // Visible near real time, without a commit. The deadline is generous on purpose: a
                // loaded CI machine must not fail this; the 1 s latency itself is measured by the benchmark.
                while (index.search(SearchRequest.text("换供应商")).total() == 0) {
                    assertTrue(System.nanoTime() - indexed < 30_000_000_000L, "not searchable without a commit");
                    Thread.sleep(20);
                }
                index.index(c, parties(c), engine.evaluate(c));
                index.commit();
                assertEquals(1, index.count(), "re-indexing a call replaces it");
            }
            try (TranscriptIndex reopened = open()) {
                assertEquals(List.of("n1"), ids(reopened.search(SearchRequest.text("供应商"))));
                reopened.delete("n1");
                reopened.commit();
                assertEquals(0, reopened.count());
                reopened.index(TestCalls.call("n1", "customer:我们准备换供应商了"), CallParties.NONE, null);
                reopened.index(TestCalls.call("n2", "rep:您好"), CallParties.NONE, null);
                reopened.commit();
                assertEquals(2, reopened.count());
                reopened.deleteAll();
                reopened.commit();
                assertEquals(0, reopened.count(), "a rebuild starts from an empty index");
                assertTrue(reopened.schemaCurrent(), "of the current schema");
                assertEquals(0, reopened.search(SearchRequest.text("供应商")).total());
            }
        }
    }

    @Test
    public void badSearchTextGetsAnActionableError() throws IOException {
        try (TranscriptIndex index = open()) {
            index.index(TestCalls.call("x", "rep:您好"), CallParties.NONE, null);
            index.commit();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.search(SearchRequest.text("\"未闭合的引号")));
            assertTrue(e.getMessage().contains("check quotes and parentheses"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder().limit(1000).build());
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.CallHit::callId).toList();
    }
}
