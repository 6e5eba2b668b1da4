package com.voiceqa.web.export;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One scoped query per exported table, written as CSV or Excel with Chinese headers. */
@Service
public class ExportService {

    /** Rows per export: a year of a large team's calls; beyond that, filter in the dashboard first. */
    static final int MAX_ROWS = 100_000;

    private final JdbcClient jdbc;

    public ExportService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The table as a file of the format; 404 for a table that is not exported. */
    byte[] export(String table, ExportFormat format, CurrentUser user) throws IOException {
        TableWriter out = format.writer(table);
        switch (table) {
            case "calls" -> calls(VisibilityScope.calls(user), out);
            case "findings" -> findings(VisibilityScope.calls(user), out);
            case "accounts" -> accounts(VisibilityScope.accounts(user), out);
            default -> throw ApiException.notFound("export '" + table + "' (calls, findings or accounts)");
        }
        return out.finish();
    }

    private void calls(VisibilityScope scope, TableWriter out) {
        table(out, List.of("通话ID", "开始时间", "时长(秒)", "销售", "团队", "客户", "质检得分", "流失风险", "状态"),
                "SELECT c.id, c.started_at, c.duration_s, r.display_name, t.name, a.name, c.score, c.churn_risk, c.status "
                        + "FROM calls c LEFT JOIN users r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = c.team_id "
                        + "LEFT JOIN accounts a ON a.id = c.account_id WHERE " + scope.sql() + " ORDER BY c.started_at DESC",
                scope);
    }

    private void findings(VisibilityScope scope, TableWriter out) {
        table(out, List.of("通话ID", "开始时间", "客户", "规则", "类型", "类别", "严重度", "分值", "复核结论"),
                "SELECT c.id, c.started_at, a.name, h.rule_name, h.kind, h.category, h.severity, h.points, h.verdict "
                        + "FROM rule_hits h JOIN calls c ON c.id = h.call_id LEFT JOIN accounts a ON a.id = c.account_id "
                        + "WHERE " + scope.sql() + " ORDER BY c.started_at DESC, h.id",
                scope);
    }

    private void accounts(VisibilityScope scope, TableWriter out) {
        table(out, List.of("客户ID", "客户", "负责人", "团队", "通话数", "最近通话", "未解决问题"),
                "SELECT a.id, a.name, o.display_name, t.name, (SELECT COUNT(*) FROM calls c WHERE c.account_id = a.id), "
                        + "(SELECT MAX(c.started_at) FROM calls c WHERE c.account_id = a.id), (SELECT COUNT(*) FROM "
                        + "account_issues i WHERE i.account_id = a.id AND i.state <> 'resolved') FROM accounts a "
                        + "LEFT JOIN users o ON o.id = a.owner_id LEFT JOIN teams t ON t.id = o.team_id WHERE "
                        + scope.sql() + " ORDER BY a.name",
                scope);
    }

    /** Times as ISO instants on both databases (H2 gives OffsetDateTime, PostgreSQL's driver Timestamp). */
    private static Object readable(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime time ? time.toInstant() : value;
    }

    private void table(TableWriter out, List<String> header, String sql, VisibilityScope scope) {
        out.row(header);
        jdbc.sql(sql + " LIMIT " + MAX_ROWS).params(scope.params()).query(rs -> {
            List<Object> fields = new ArrayList<>(header.size());
            for (int i = 1; i <= header.size(); i++) {
                fields.add(readable(rs.getObject(i)));
            }
            out.row(fields);
        });
    }
}
