package com.voiceqa.web.notify;

/** A queued alert for one channel, as the dispatcher sends it. */
record Delivery(long id, Channel channel, String title, String body, String link, int attempts) {
}
