package com.voiceqa.web.notify;

import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Webhook bodies per template: {@code json} (our own shape), {@code wecom} (企业微信群机器人 markdown message) and
 * {@code dingtalk} (钉钉自定义机器人 markdown message). Text goes into JSON through the mapper, so quotes and
 * newlines in account names or transcripts cannot break the body.
 */
final class MessageFormat {

    private MessageFormat() {
    }

    static String webhookBody(JsonMapper json, String template, String title, String body, String url) {
        String markdown = "**" + title + "**\n\n" + body + (url == null ? "" : "\n\n[在 VoiceQA 中查看](" + url + ")");
        Map<String, Object> message = new LinkedHashMap<>();
        switch (template) {
            case "wecom" -> {
                message.put("msgtype", "markdown");
                message.put("markdown", Map.of("content", markdown));
            }
            case "dingtalk" -> {
                message.put("msgtype", "markdown");
                message.put("markdown", Map.of("title", title, "text", markdown));
            }
            default -> {
                message.put("title", title);
                message.put("text", body);
                message.put("url", url);
            }
        }
        return json.writeValueAsString(message);
    }

    static String mailText(String body, String url) {
        return body + (url == null ? "" : "\n\n在 VoiceQA 中查看 / open in VoiceQA: " + url) + "\n";
    }
}
