package com.continuity.inventory;

import com.continuity.shared.FileNames;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a failure domain is; its file name is the lower-case form ({@code provider-api}). */
public enum DomainKind {
    PROVIDER_API, MODEL, REGION, GATEWAY, AUTH, NETWORK, ACCOUNT, HOST, OTHER;

    @JsonValue
    public String fileName() {
        return FileNames.of(this);
    }

    /** The value as written in the portfolio file and the REST API, e.g. {@code provider-api}. */
    @JsonCreator
    public static DomainKind of(String fileName) {
        return FileNames.parse(DomainKind.class, fileName);
    }
}
