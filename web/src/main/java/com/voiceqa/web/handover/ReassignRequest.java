package com.voiceqa.web.handover;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/accounts/reassign}. */
public record ReassignRequest(@NotEmpty @Size(max = 500) List<Long> accountIds, @NotNull Long ownerId,
                              @Size(max = 2000) String note) {
}
