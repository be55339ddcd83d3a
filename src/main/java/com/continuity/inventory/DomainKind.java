package com.continuity.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What a failure domain is; its file name is the lower-case form ({@code provider-api}). */
public enum DomainKind {
    PROVIDER_API, MODEL, REGION, GATEWAY, AUTH, NETWORK, ACCOUNT, HOST, OTHER;

    @JsonValue
    public String fileName() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<DomainKind> fromFileName(String s) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(s)).findFirst();
    }

    /** The value as written in the portfolio file and the REST API, e.g. {@code provider-api}. */
    @JsonCreator
    public static DomainKind of(String fileName) {
        for (DomainKind v : values()) {
            if (v.fileName().equals(fileName)) {
                return v;
            }
        }
        throw new IllegalArgumentException("'" + fileName + "' is not one of " + java.util.Arrays.stream(values()).map(DomainKind::fileName).toList());
    }
}
