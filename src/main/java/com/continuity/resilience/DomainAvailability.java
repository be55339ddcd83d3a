package com.continuity.resilience;

import com.continuity.shared.FileNames;

/** A failure domain's availability as the model uses it, and where it came from. */
public record DomainAvailability(String domain, double availability, Source source) {

    public enum Source {
        PORTFOLIO, HISTORY, DEFAULT;

        public String fileName() {
            return FileNames.of(this);
        }
    }

    public double unavailability() {
        return 1 - availability;
    }
}
