package com.voiceqa.web.notify;

import com.voiceqa.web.pipeline.CallStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A stored call with high churn risk raises an alert: account, rep and the churn categories heard. */
@Component
class HighRiskCallAlerts {

    private static final Logger log = LoggerFactory.getLogger(HighRiskCallAlerts.class);

    private final JdbcClient jdbc;
    private final Alerts alerts;

    HighRiskCallAlerts(JdbcClient jdbc, Alerts alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    @EventListener
    void onCallStored(CallStored event) {
        try {
            jdbc.sql("SELECT c.id, c.churn_risk, a.name AS account, r.display_name AS rep, (SELECT COUNT(*) FROM "
                            + "rule_hits h WHERE h.call_id = c.id AND h.kind = 'churn') AS signals FROM calls c "
                            + "LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN users r ON r.id = c.rep_id "
                            + "WHERE c.id = :id AND c.churn_risk = 'high'")
                    .param("id", event.callId())
                    .query((rs, n) -> new Notice("call-high:" + rs.getString("id"),
                            "高风险通话：" + orDash(rs.getString("account")),
                            "客户 " + orDash(rs.getString("account")) + "，销售 " + orDash(rs.getString("rep")) + "，流失信号 "
                                    + rs.getLong("signals") + " 条。请尽快跟进。",
                            "/#/calls/" + rs.getString("id")))
                    .optional().ifPresent(alerts::publish);
        } catch (RuntimeException e) {
            log.warn("alert for call {} not queued: {}", event.callId(), e.getMessage(), e);
        }
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
