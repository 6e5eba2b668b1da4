package com.voiceqa.web.issues;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code voiceqa.issues.*}.
 *
 * @param followUpDays days from the call that raised an issue to its follow-up due date
 * @param recentDays   the window of calls an account's trajectory (peak, direction) is read from
 */
@ConfigurationProperties("voiceqa.issues")
public record IssueProperties(@DefaultValue("7") int followUpDays, @DefaultValue("90") int recentDays) {
}
