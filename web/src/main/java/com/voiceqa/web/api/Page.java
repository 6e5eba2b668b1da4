package com.voiceqa.web.api;

import java.util.List;

/** One page of a list answer. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
