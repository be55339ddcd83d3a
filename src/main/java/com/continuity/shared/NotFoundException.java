package com.continuity.shared;

public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String key) {
        super(what + " '" + key + "' does not exist");
    }

    /** When the thing asked for cannot exist, with the reason as the whole message. */
    public NotFoundException(String message) {
        super(message);
    }
}
