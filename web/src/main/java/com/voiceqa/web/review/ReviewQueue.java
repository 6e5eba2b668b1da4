package com.voiceqa.web.review;

import com.voiceqa.web.findings.HitRepository;
import com.voiceqa.web.findings.HitView;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Page;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calls waiting for a review step, within the caller's visibility. */
@Service
public class ReviewQueue {

    private static final Map<String, String> STATES = Map.of(
            "unreviewed", "c.status = 'done' AND EXISTS (SELECT 1 FROM rule_hits h WHERE h.call_id = c.id AND h.verdict IS NULL)",
            "appealed", "EXISTS (SELECT 1 FROM appeals p JOIN rule_hits h ON h.id = p.hit_id WHERE h.call_id = c.id AND p.status = 'open')",
            "reviewed", "EXISTS (SELECT 1 FROM rule_hits h WHERE h.call_id = c.id) "
                    + "AND NOT EXISTS (SELECT 1 FROM rule_hits h WHERE h.call_id = c.id AND h.verdict IS NULL)");

    private final JdbcClient jdbc;
    private final HitRepository hits;

    public ReviewQueue(JdbcClient jdbc, HitRepository hits) {
        this.jdbc = jdbc;
        this.hits = hits;
    }

    public Page<QueueItem> queue(String state, int page, int size, CurrentUser user) {
        String condition = STATES.get(state);
        if (condition == null) {
            throw ApiException.badRequest("state must be unreviewed, appealed or reviewed");
        }
        VisibilityScope scope = VisibilityScope.calls(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        String where = "WHERE " + scope.sql() + " AND " + condition;
        long total = jdbc.sql("SELECT COUNT(*) FROM calls c " + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<CallSummary> calls = jdbc.sql(CallRepository.SUMMARY_SELECT + where
                        + " ORDER BY c.started_at DESC, c.id LIMIT :limit OFFSET :offset")
                .params(params).query(CallRepository.SUMMARY).list();
        List<QueueItem> items = calls.stream().map(c -> new QueueItem(c, hits.forCall(c.id()))).toList();
        return new Page<>(items, page, size, total);
    }

    public record QueueItem(CallSummary call, List<HitView> hits) {
    }
}
