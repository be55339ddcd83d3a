package com.continuity.inventory;

import java.util.Arrays;
import java.util.Optional;

/** What a failure domain is; its file name is the lower-case form ({@code provider-api}). */
public enum DomainKind {
    PROVIDER_API, MODEL, REGION, GATEWAY, AUTH, NETWORK, ACCOUNT, HOST, OTHER;

    public String fileName() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<DomainKind> fromFileName(String s) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(s)).findFirst();
    }
}
