package com.continuity.shared;

/** An uploaded document over the size limit; refused before anything is parsed or stored. */
public class DocumentTooLargeException extends RuntimeException {

    public DocumentTooLargeException(long limitBytes) {
        super("The document is larger than the limit of " + limitBytes / (1024 * 1024) + " MB");
    }
}
