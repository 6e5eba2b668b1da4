package com.voiceqa.web.notify;

/**
 * Where alerts go (docs/notify.md).
 *
 * @param kind     {@code webhook} or {@code email}
 * @param target   the webhook URL (http/https) or the e-mail address
 * @param template webhook body format: {@code json}, {@code wecom}, {@code dingtalk}; {@code text} for e-mail
 * @param userId   the person whose own channel this is (alerts addressed to them), or null for a shared channel
 */
public record Channel(long id, String name, String kind, String target, String template, boolean enabled,
                      Long userId) {

    /** Whether the notice goes here: a shared channel takes what is meant for everyone, a personal one its user's. */
    boolean receives(Notice notice) {
        return enabled && (userId == null ? notice.toSharedChannels() : notice.recipients().contains(userId));
    }
}
