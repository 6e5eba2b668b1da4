package com.voiceqa.web.roles;

import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A reviewer's correction of who said what in a call (mono badge audio is diarized, so roles can be wrong):
 * {@code swap} exchanges rep and customer in the whole call; {@code segments} then sets single segments' roles by
 * index ({@code {"4": "customer"}}).
 */
public record RoleCorrection(Boolean swap, @Size(max = 2000) Map<Integer, String> segments) {

    public RoleCorrection {
        swap = Boolean.TRUE.equals(swap); // optional in the JSON
        segments = segments == null ? Map.of() : Map.copyOf(segments);
    }
}
