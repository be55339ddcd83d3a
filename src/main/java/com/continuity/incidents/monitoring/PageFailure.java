package com.continuity.incidents.monitoring;

/** A status page that could not be read: the reason is said to the user as it is. */
class PageFailure extends Exception {

    PageFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    PageFailure(String reason) {
        super(reason);
    }
}
