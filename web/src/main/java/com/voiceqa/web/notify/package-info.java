/**
 * Alerts where people are: outgoing webhooks (plain JSON, or WeCom / DingTalk robot messages) and e-mail, sent from
 * a database outbox. Every alert is queued once per channel under a key (nothing is sent twice), and a dispatcher
 * delivers due rows with retries and exponential back-off. Triggers: high-risk calls (the pipeline's
 * {@code CallStored} event). Docs: docs/notify.md.
 */
package com.voiceqa.web.notify;
