package com.voiceqa.web.api;

/** A named thing in JSON: {@code {"id": 7, "name": "李敏"}}. Built from nullable joined columns. */
public record Ref(long id, String name) {

    /** A ref, or null when the id column was NULL. */
    public static Ref of(Long id, String name) {
        return id == null ? null : new Ref(id, name);
    }
}
