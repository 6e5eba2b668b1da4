package com.voiceqa.web.support;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.pipeline.CallIngest;
import com.voiceqa.web.pipeline.CallStore;
import com.voiceqa.web.pipeline.NewCall;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Calls stored through the real pipeline (rules, database, search index), started now, for a test's own account.
 * The account has no owner and the calls no rep, so only admins see them: the other tests' counts of the demo
 * team's calls and accounts stay as the demo made them. A bean of the test context (the product's component scan
 * covers this package on the test class path): tests {@code @Autowired} it.
 */
@Component
public class TestCalls {

    private final CallStore store;
    private final CallIngest ingest;
    private final AccountRepository accounts;

    public TestCalls(CallStore store, CallIngest ingest, AccountRepository accounts) {
        this.store = store;
        this.ingest = ingest;
        this.accounts = accounts;
    }

    /** A new account of its own, owned by nobody. */
    public long newAccount() {
        return accounts.ensure("测试客户-" + System.nanoTime(), null);
    }

    /** A routine delivery call: "the goods arrived, thanks". */
    public String storeCalm(long accountId) {
        return storeCalm(null, accountId);
    }

    /** A routine delivery call made by {@code repId} (the call's team is the rep's). */
    public String storeCalm(Long repId, long accountId) {
        return store(repId, accountId, "calm-", List.of(
                new Segment("rep", 0, 4, "您好，我是配送员，您订的货今天上午已经送到仓库了。", List.of()),
                new Segment("customer", 5, 8, "好的，收到了，谢谢。", List.of()),
                new Segment("rep", 9, 12, "不客气，祝您工作顺利，再见。", List.of()),
                new Segment("customer", 13, 15, "再见。", List.of())));
    }

    /** A customer about to leave: a cheaper competitor, a trial of another system, no renewal. */
    public String storeAngry(long accountId) {
        return store(null, accountId, "angry-", List.of(
                new Segment("customer", 0, 4, "你们价格太贵了，隔壁报价比你们便宜两成。", List.of()),
                new Segment("customer", 5, 9, "说实话我们已经在试用别家的系统了。", List.of()),
                new Segment("customer", 10, 14, "合同到期我们就不续约了。", List.of()),
                new Segment("customer", 15, 19, "上次的售后问题到现在都没人处理，我们非常不满意。", List.of())));
    }

    /** A call of the given segments by nobody in particular, its id starting with {@code prefix}. */
    public String store(long accountId, String prefix, List<Segment> segments) {
        return store(null, accountId, prefix, segments);
    }

    /** A call of the given segments made by {@code repId}, its id starting with {@code prefix}. */
    public String store(Long repId, long accountId, String prefix, List<Segment> segments) {
        String id = prefix + System.nanoTime();
        NewCall call = store.register(new NewCall(id, "upload", repId, accountId, "test", Instant.now(), 15, null,
                ChannelLayout.MONO));
        ingest.finish(call, 15, segments, null);
        return id;
    }
}
