package com.continuity.shared;

/** A save based on a stale version: somebody else saved the record first. Nothing was written. */
public class ConflictException extends RuntimeException {

    public ConflictException(String what, String key) {
        super(what + " '" + key + "' was changed by someone else since you opened it. Reload it and apply your change again.");
    }

    protected ConflictException(String message) {
        super(message);
    }
}
