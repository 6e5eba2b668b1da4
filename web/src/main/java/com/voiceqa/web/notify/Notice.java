package com.voiceqa.web.notify;

import java.util.Set;

/**
 * One alert, before it is addressed to channels.
 *
 * @param key   what the alert is about, e.g. {@code call-high:call-0003}: an alert with the same key is queued once
 * @param title one line
 * @param body  the text (plain, a few lines)
 * @param link  dashboard path (e.g. {@code /#/calls/call-0003}), or null
 * @param recipients       user ids whose personal channels receive it
 * @param toSharedChannels whether the shared channels (a team's robot, a common mailbox) receive it too
 */
public record Notice(String key, String title, String body, String link, Set<Long> recipients,
                     boolean toSharedChannels) {

    public Notice {
        recipients = Set.copyOf(recipients);
    }

    /** An alert for everyone: the shared channels. */
    public Notice(String key, String title, String body, String link) {
        this(key, title, body, link, Set.of(), true);
    }
}
