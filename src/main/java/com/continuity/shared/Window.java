package com.continuity.shared;

/** The part of a list a grid or a REST client asks for: skip {@code offset} rows, take at most {@code limit}. */
public record Window(int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public Window {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be >= 0 and limit within 1.." + MAX_LIMIT);
        }
    }
}
