package com.voiceqa.web.notify;

/** Delivers one message to one channel kind; throws when the receiver did not take it (the dispatcher retries). */
interface Sender {

    String kind();

    void send(Channel channel, String title, String body, String url) throws Exception;
}
