package com.continuity.resilience;

import com.continuity.inventory.FailureDomain;
import com.continuity.resilience.model.RiskModel;
import com.continuity.shared.FileNames;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/** A failure domain's availability as the model uses it, and where it came from. */
public record DomainAvailability(String domain, double availability, Source source) {

    public enum Source {
        PORTFOLIO, HISTORY, DEFAULT;

        public String fileName() {
            return FileNames.of(this);
        }
    }

    /** From the portfolio when given, else from the first source that knows the domain, else the default. */
    public static DomainAvailability of(FailureDomain d, List<AvailabilitySource> sources, Instant now) {
        if (d.availability() != null) {
            return new DomainAvailability(d.key(), d.availability(), Source.PORTFOLIO);
        }
        for (AvailabilitySource source : sources) {
            OptionalDouble a = source.availability(d, now);
            if (a.isPresent()) {
                return new DomainAvailability(d.key(), a.getAsDouble(), Source.HISTORY);
            }
        }
        return new DomainAvailability(d.key(), RiskModel.DEFAULT_AVAILABILITY, Source.DEFAULT);
    }

    public double unavailability() {
        return 1 - availability;
    }
}
