package com.continuity.inventory;

public enum DrillResult {
    PASSED, PARTIAL, FAILED;

    public String fileName() {
        return name().toLowerCase();
    }
}
