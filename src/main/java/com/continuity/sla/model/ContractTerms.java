package com.continuity.sla.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A contract as the engine needs it, with the field names of portfolio-example.yaml. Missing values take DESIGN §4's
 * defaults: time zone UTC, {@link Measurement#DEFAULT}; no credit policy means no credit, no claim rule no deadline.
 *
 * @param covers keys of the failure domains (components, regions) whose outages count
 */
public record ContractTerms(String key, String name, String provider, BigDecimal monthlyFee, String currency,
                            ZoneId timeZone, LocalDate termStart, LocalDate termEnd, List<String> covers,
                            List<Slo> slos, Measurement measurement, CreditPolicy credit, ClaimRule claim) {

    public ContractTerms {
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        covers = covers == null ? List.of() : List.copyOf(covers);
        slos = slos == null ? List.of() : List.copyOf(slos);
        measurement = measurement == null ? Measurement.DEFAULT : measurement;
    }
}
