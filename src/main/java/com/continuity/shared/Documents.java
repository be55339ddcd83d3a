package com.continuity.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Uploaded documents (portfolio files, status-page payloads, CSV samples), read whole but never beyond a limit. */
public final class Documents {

    /** 10 MB, the request limit of DESIGN §7; {@code continuity.max-document-bytes} overrides it. */
    public static final String MAX_BYTES_PROPERTY = "${continuity.max-document-bytes:10485760}";

    private Documents() {
    }

    /** Reads at most the limit; a larger document is refused before anything parses it. */
    public static byte[] readLimited(InputStream in, long maxBytes) {
        try (in) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new DocumentTooLargeException(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
