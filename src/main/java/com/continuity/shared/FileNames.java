package com.continuity.shared;

import java.util.Arrays;

/**
 * How enum values are written in files and the REST API: lower case with '-' ({@code PROVIDER_API} is
 * {@code provider-api}).
 */
public final class FileNames {

    private FileNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the allowed values, when {@code text} is none of them */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(text)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(FileNames::of).toList());
    }
}
