package com.voiceqa.web.users;

/**
 * Published when a user's display name changes, inside the transaction that changed it, so copies that show the name
 * (the search index's result rows) refresh once it commits.
 */
public record UserRenamed(long userId) {
}
