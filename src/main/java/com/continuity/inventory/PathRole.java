package com.continuity.inventory;

public enum PathRole {
    PRIMARY, FALLBACK;

    public String fileName() {
        return name().toLowerCase();
    }
}
