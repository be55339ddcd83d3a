package com.continuity.inventory;

public enum Activation {
    AUTOMATIC, MANUAL;

    public String fileName() {
        return name().toLowerCase();
    }
}
