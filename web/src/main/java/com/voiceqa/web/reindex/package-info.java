/**
 * The search index's one writer ({@link com.voiceqa.web.reindex.Reindexer}: calls as ingested, re-indexed after a
 * review or a rename, rebuilt from the database) and {@code ./voiceqa reindex}, which rebuilds the configured
 * transcript index ({@code voiceqa.index.*}, see {@link com.voiceqa.web.search.IndexProperties}). Depends on
 * {@code search}, {@code calls}, {@code findings}, {@code users} and {@code pipeline} (whose {@code CallIndex} port it
 * implements); nothing depends on it but the command line's service registration.
 */
package com.voiceqa.web.reindex;
