/**
 * {@code ./voiceqa reindex}: rebuilds the configured transcript index ({@code voiceqa.index.*}, see {@link
 * com.voiceqa.web.search.IndexProperties}) from the database. Depends on {@code search}, {@code calls} and
 * {@code rules}; nothing depends on it but the command line's service registration.
 */
package com.voiceqa.web.reindex;
