package com.voiceqa.web.issues;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/accounts/{id}/issues/{issueId}}: every field optional, absent ones stay as they are.
 *
 * @param dueDate YYYY-MM-DD
 */
public record IssueChange(@Size(max = 16) String state, Long followUpOwnerId, @Size(max = 10) String dueDate,
                          @Size(max = 2000) String note) {
}
