package com.continuity.resilience.model;

import com.continuity.shared.FileNames;

import java.util.List;

/** One reason behind a risk score: what kind, how much it weighs, a sentence for people, the domains involved. */
public record Finding(Kind kind, int weight, String message, List<String> domains) {

    public Finding {
        domains = List.copyOf(domains);
    }

    public enum Kind {
        SPOF, SPOF_IN_PRACTICE, COUPLING, UNTESTED_FALLBACK, FAILED_DRILL, SLOW_SWITCHOVER, PARTIAL_CAPACITY,
        BELOW_TARGET;

        /** As written over REST: {@code spof-in-practice}. */
        public String fileName() {
            return FileNames.of(this);
        }
    }
}
