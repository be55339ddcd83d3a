package com.continuity.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** One change for the audit log: the record before and after it (null when created or deleted). */
public record AuditChange(String action, String entity, String entityKey, Object before, Object after) {

    /**
     * The changes that turn {@code before} into {@code after}, matched by key: created, updated (when the
     * records differ once {@code comparable} has removed what is not content, such as versions) and deleted.
     */
    public static <T> List<AuditChange> between(String entity, List<T> before, List<T> after, Function<T, String> key,
                                                UnaryOperator<T> comparable) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(t -> old.put(key.apply(t), t));
        List<AuditChange> changes = new ArrayList<>();
        for (T now : after) {
            T was = old.remove(key.apply(now));
            if (was == null) {
                changes.add(new AuditChange("create", entity, key.apply(now), null, now));
            } else if (!Objects.equals(comparable.apply(was), comparable.apply(now))) {
                changes.add(new AuditChange("update", entity, key.apply(now), was, now));
            }
        }
        old.forEach((k, was) -> changes.add(new AuditChange("delete", entity, k, was, null)));
        return changes;
    }
}
