/**
 * {@link com.voiceqa.badge.client.BadgeClient}: a blocking reference client of the badge protocol over any socket
 * factory (plain or TLS), for the simulator, the tests and firmware engineers reading how a badge behaves: it
 * tracks the ACKs per call and surfaces ERROR replies as {@link com.voiceqa.badge.client.BadgeClient.ErrorReply}.
 */
package com.voiceqa.badge.client;
