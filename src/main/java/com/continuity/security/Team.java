package com.continuity.security;

/** A team owns business services; users belong to teams. {@code version} guards concurrent edits. */
public record Team(String key, String name, long version) {

    public Team(String key, String name) {
        this(key, name, 0);
    }
}
