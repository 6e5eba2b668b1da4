package com.voiceqa.web.contacts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/accounts/{id}/events}: {@code date} YYYY-MM-DD, today when left out. */
public record NewAccountEvent(@NotBlank String kind, String date, Double amount, @Size(max = 2000) String note) {
}
