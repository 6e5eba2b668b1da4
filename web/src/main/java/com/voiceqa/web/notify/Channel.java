package com.voiceqa.web.notify;

/**
 * Where alerts go (docs/notify.md).
 *
 * @param kind     {@code webhook} or {@code email}
 * @param target   the webhook URL (http/https) or the e-mail address
 * @param template webhook body format: {@code json}, {@code wecom}, {@code dingtalk}; {@code text} for e-mail
 */
public record Channel(long id, String name, String kind, String target, String template, boolean enabled) {
}
