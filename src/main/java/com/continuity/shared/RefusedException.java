package com.continuity.shared;

/**
 * A change the record's state does not allow, such as editing a signed review: answered 409 with the message,
 * which says why and what to do instead. Nothing was written.
 */
public class RefusedException extends ConflictException {

    public RefusedException(String message) {
        super(message);
    }
}
