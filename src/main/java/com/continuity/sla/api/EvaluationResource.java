package com.continuity.sla.api;

import com.continuity.shared.FileNames;
import com.continuity.shared.Money;
import com.continuity.sla.model.CountedWindow;
import com.continuity.sla.model.Evaluation;
import com.continuity.sla.model.ExcludedWindow;
import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An SLA evaluation as the API writes it: the fields the credit calculator promises ({@code creditAmount} as a
 * decimal string beside {@code currency}), each SLO, the windows counted and excluded, and the explanation.
 */
record EvaluationResource(String contract, String period, long minutesInPeriod, BigDecimal downtimeMinutes,
                          BigDecimal uptimePercent, BigDecimal errorRatePercent, List<SloResource> slos,
                          boolean sloMet, boolean eligible, BigDecimal creditPercent,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditAmount, String currency,
                          Money credit, LocalDate claimDeadline, List<CountedWindow> counted,
                          List<ExcludedWindow> excluded, List<String> explanation) {

    record SloResource(String kind, BigDecimal objectivePercent, BigDecimal measuredPercent, boolean met) {
    }

    static EvaluationResource of(Evaluation e) {
        return new EvaluationResource(e.contractKey(), e.period().toString(), e.minutesInPeriod(), e.downtimeMinutes(),
                e.uptimePercent(), e.errorRatePercent(),
                e.slos().stream().map(s -> new SloResource(FileNames.of(s.slo().kind()), s.slo().objectivePercent(),
                        s.measuredPercent(), s.met())).toList(),
                e.sloMet(), e.eligible(), e.creditPercent(), e.creditAmount(), e.currency(),
                new Money(e.creditAmount(), e.currency()), e.claimDeadline(), e.counted(), e.excluded(),
                e.explanation());
    }
}
