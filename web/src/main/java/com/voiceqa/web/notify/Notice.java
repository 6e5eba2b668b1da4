package com.voiceqa.web.notify;

/**
 * One alert, before it is addressed to channels.
 *
 * @param key   what the alert is about, e.g. {@code call-high:call-0003}: an alert with the same key is queued once
 * @param title one line
 * @param body  the text (plain, a few lines)
 * @param link  dashboard path (e.g. {@code /#/calls/call-0003}), or null
 */
public record Notice(String key, String title, String body, String link) {
}
