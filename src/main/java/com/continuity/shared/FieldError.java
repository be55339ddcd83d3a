package com.continuity.shared;

/**
 * One validation error: where (a path such as {@code services[0].tier}, and the line in the source document
 * when there is one) and what is wrong.
 */
public record FieldError(String path, Integer line, String message) {

    public FieldError(String path, String message) {
        this(path, null, message);
    }
}
