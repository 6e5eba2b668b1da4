package com.voiceqa.web.digest;

import com.voiceqa.web.notify.Notice;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A digest as an alert: plain text in sections, each with its count and at most {@link #SHOWN} lines, so a team
 * with hundreds of silent accounts still gets a mail that fits the outbox and a robot message.
 */
final class DigestText {

    static final int SHOWN = 20;

    private DigestText() {
    }

    /** Addressed to the manager alone (their own channels), keyed by manager and day: a day's digest goes out once. */
    static Notice notice(ManagerDigest digest) {
        StringBuilder body = new StringBuilder(digest.manager().displayName()).append("，您好。以下是 ")
                .append(digest.date()).append(" 团队客户需要关注的事项：\n");
        section(body, "新增高风险客户（过去 24 小时有高风险通话）", digest.highRisk(), a -> a.name());
        section(body, "逾期未解决的督办", digest.overdue(), i -> i.account().name() + "：" + i.category() + "，期限 "
                + i.followUp().dueDate() + (i.followUp().owner() == null ? "" : "，负责人 " + i.followUp().owner().name()));
        section(body, "沉默客户", digest.silent(), w -> w.account().name() + "：已 " + Math.round(w.silentDays())
                + " 天无联系（平时约每 " + Math.max(1, Math.round(w.cadenceDays())) + " 天一次）");
        section(body, "待交接客户（原负责人已停用）", digest.handovers(), h -> h.account().name() + "：原负责人 "
                + h.owner().name());
        return new Notice("digest:" + digest.manager().id() + ":" + digest.date(),
                "每日摘要 " + digest.date() + "：高风险 " + digest.highRisk().size() + "，逾期 " + digest.overdue().size()
                        + "，沉默 " + digest.silent().size() + "，待交接 " + digest.handovers().size(),
                body.toString().strip(), "/#/retention", Set.of(digest.manager().id()), false);
    }

    private static <T> void section(StringBuilder body, String heading, List<T> items, Function<T, String> line) {
        body.append('\n').append(heading).append("：").append(items.size()).append('\n');
        items.stream().limit(SHOWN).forEach(item -> body.append("· ").append(line.apply(item)).append('\n'));
        if (items.size() > SHOWN) {
            body.append("· 另有 ").append(items.size() - SHOWN).append(" 项，请在 VoiceQA 中查看\n");
        }
    }
}
