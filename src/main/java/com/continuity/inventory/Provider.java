package com.continuity.inventory;

/** A vendor of AI services. {@code parent} names the provider that subcontracts to it (AWS for Claude on Bedrock). */
public record Provider(String key, String name, String statusPage, String parent, long version) {

    public Provider(String key, String name, String statusPage, String parent) {
        this(key, name, statusPage, parent, 0);
    }
}
