package com.continuity.shared.api;

import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;

import java.util.List;

public final class ApiChecks {

    private ApiChecks() {
    }

    /** Keys are identities: a PUT to /x/{key} must carry the same key; renaming is delete and create. */
    public static void requireSame(String urlKey, String bodyKey) {
        if (!urlKey.equals(bodyKey)) {
            throw new ValidationException(List.of(new FieldError("key",
                    "the key in the body ('" + bodyKey + "') must match the key in the URL ('" + urlKey + "')")));
        }
    }

    /** Versions start at 1; a missing one reads as 0, and an update must say which version it was based on. */
    public static long requireVersion(long version) {
        if (version < 1) {
            throw new ValidationException(List.of(new FieldError("version",
                    "version is required: send the version you read, so that concurrent edits are detected")));
        }
        return version;
    }
}
