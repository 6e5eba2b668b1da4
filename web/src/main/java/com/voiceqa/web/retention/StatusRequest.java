package com.voiceqa.web.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/accounts/{id}/status}.
 *
 * @param date   YYYY-MM-DD, the day it took effect; today when absent
 * @param reason required for {@code lost}, a {@link LossReason} code; not allowed otherwise
 */
public record StatusRequest(@NotBlank String status, @Size(max = 10) String date, @Size(max = 32) String reason,
                            @Size(max = 2000) String note) {
}
