package com.continuity.sla;

import com.continuity.incidents.model.Impact;
import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.Portfolio;
import com.continuity.inventory.Provider;
import com.continuity.inventory.portfolio.Entry;
import com.continuity.inventory.portfolio.Fields;
import com.continuity.inventory.portfolio.SectionFormat;
import com.continuity.shared.FieldError;
import com.continuity.shared.FileNames;
import com.continuity.shared.Keys;
import com.continuity.sla.model.ClaimRule;
import com.continuity.sla.model.ContractRules;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.CreditMethod;
import com.continuity.sla.model.CreditPolicy;
import com.continuity.sla.model.Measurement;
import com.continuity.sla.model.MeasurementMethod;
import com.continuity.sla.model.PartialMinutes;
import com.continuity.sla.model.Slo;
import com.continuity.sla.model.SloKind;
import com.continuity.sla.model.Tier;
import com.continuity.sla.model.TimeRounding;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.continuity.inventory.portfolio.Fields.Presence.OPTIONAL;
import static com.continuity.inventory.portfolio.Fields.Presence.REQUIRED;

/**
 * The {@code contracts} section of the portfolio file, with the field names of portfolio-example.yaml. The same
 * reader reads a contract given to the credit calculator over REST, so both give the same messages. Defaults
 * (DESIGN §4): no {@code measurement} is outage minutes at impact major; maintenance is excluded unless
 * {@code excludeMaintenance: false}; no {@code partialMinutes} counts exact
 * seconds; no {@code affectedTimeRounding} is exact minutes; no {@code timeZone} is UTC.
 */
public final class ContractFormat implements SectionFormat<ContractTerms> {

    public static final String SECTION = "contracts";
    public static final List<String> FIELDS = List.of("key", "name", "provider", "monthlyFee", "currency", "timeZone",
            "term", "covers", "slos", "measurement", "credit", "claim");
    static final List<String> TERM_FIELDS = List.of("start", "end");
    static final List<String> SLO_FIELDS = List.of("kind", "objectivePercent");
    static final List<String> MEASUREMENT_FIELDS = List.of("method", "qualifyingImpact", "excludeMaintenance",
            "intervalMinutes", "errorRateThresholdPercent", "minimumConsecutiveMinutes", "partialMinutes");
    static final List<String> CREDIT_FIELDS = List.of("method", "tiers", "multiplier", "affectedTimeRounding",
            "capPercent", "minimumCredit", "eligibility");
    static final List<String> TIER_FIELDS = List.of("atLeast", "below", "percent");
    static final List<String> ELIGIBILITY_FIELDS = List.of("minimumMonthlyFee");
    static final List<String> CLAIM_FIELDS = List.of("deadlineDaysAfterPeriod", "deadline");
    static final String SECOND_CYCLE = "end-of-second-billing-cycle";

    private record Term(LocalDate start, LocalDate end) {
    }

    private record Eligibility(BigDecimal minimumMonthlyFee) {
    }

    @Override
    public String name() {
        return SECTION;
    }

    @Override
    public String what() {
        return "contract";
    }

    @Override
    public List<String> fields() {
        return FIELDS;
    }

    @Override
    public ContractTerms read(Fields f) {
        Term term = f.object("term", OPTIONAL, "term", TERM_FIELDS,
                t -> new Term(t.date("start", OPTIONAL), t.date("end", OPTIONAL)));
        Measurement measurement = f.object("measurement", OPTIONAL, "measurement", MEASUREMENT_FIELDS,
                ContractFormat::measurement);
        List<Slo> slos = f.objects("slos", OPTIONAL, "SLO", SLO_FIELDS, s -> new Slo(
                s.choice("kind", REQUIRED, SloKind.values(), FileNames::of), s.decimal("objectivePercent", REQUIRED)));
        List<String> covers = f.strings("covers", REQUIRED);
        return new ContractTerms(f.string("key", REQUIRED), f.string("name", REQUIRED), f.string("provider", REQUIRED),
                f.decimal("monthlyFee", REQUIRED), f.string("currency", REQUIRED), zone(f),
                term == null ? null : term.start(), term == null ? null : term.end(),
                covers == null ? List.of() : covers, slos == null ? List.of() : slos,
                measurement == null ? Measurement.DEFAULT : measurement,
                f.object("credit", REQUIRED, "credit policy", CREDIT_FIELDS, ContractFormat::credit),
                f.object("claim", OPTIONAL, "claim rule", CLAIM_FIELDS, ContractFormat::claim));
    }

    private static ZoneId zone(Fields f) {
        String text = f.string("timeZone", OPTIONAL);
        if (text == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            f.problem("timeZone", "timeZone must be a time zone such as UTC or Europe/Berlin; got '" + text + "'");
            return null;
        }
    }

    private static Measurement measurement(Fields m) {
        MeasurementMethod method = m.choice("method", OPTIONAL, MeasurementMethod.values(), FileNames::of);
        Impact impact = m.choice("qualifyingImpact", OPTIONAL, Impact.values(), Impact::fileName);
        Boolean excludeMaintenance = m.bool("excludeMaintenance", OPTIONAL);
        PartialMinutes partial = m.choice("partialMinutes", OPTIONAL, PartialMinutes.values(), FileNames::of);
        return new Measurement(method == null ? MeasurementMethod.OUTAGE_MINUTES : method,
                impact == null ? Impact.MAJOR : impact, !Boolean.FALSE.equals(excludeMaintenance),
                m.integer("intervalMinutes", OPTIONAL), m.decimal("errorRateThresholdPercent", OPTIONAL),
                m.integer("minimumConsecutiveMinutes", OPTIONAL), partial == null ? PartialMinutes.EXACT : partial);
    }

    private static CreditPolicy credit(Fields c) {
        List<Tier> tiers = c.objects("tiers", OPTIONAL, "tier", TIER_FIELDS, t -> new Tier(
                t.decimal("atLeast", OPTIONAL), t.decimal("below", OPTIONAL), t.decimal("percent", REQUIRED)));
        TimeRounding rounding = c.choice("affectedTimeRounding", OPTIONAL, TimeRounding.values(), FileNames::of);
        Eligibility eligibility = c.object("eligibility", OPTIONAL, "eligibility rule", ELIGIBILITY_FIELDS,
                e -> new Eligibility(e.decimal("minimumMonthlyFee", OPTIONAL)));
        return new CreditPolicy(c.choice("method", REQUIRED, CreditMethod.values(), FileNames::of),
                tiers == null ? List.of() : tiers, c.decimal("multiplier", OPTIONAL),
                rounding == null ? TimeRounding.EXACT_MINUTES : rounding, c.decimal("capPercent", OPTIONAL),
                c.decimal("minimumCredit", OPTIONAL), eligibility == null ? null : eligibility.minimumMonthlyFee());
    }

    private static ClaimRule claim(Fields c) {
        Integer days = c.integer("deadlineDaysAfterPeriod", OPTIONAL);
        String deadline = c.string("deadline", OPTIONAL);
        if (deadline != null && !deadline.equals(SECOND_CYCLE)) {
            c.problem("deadline", "deadline must be " + SECOND_CYCLE + " (or give deadlineDaysAfterPeriod); got '"
                    + deadline + "'");
        }
        if (deadline != null && days != null) {
            c.problem("deadline", "give either deadline or deadlineDaysAfterPeriod, not both");
        }
        // an empty claim rule is no rule: read it as absent, as it is written
        return days == null && deadline == null ? null : new ClaimRule(days, SECOND_CYCLE.equals(deadline));
    }

    @Override
    public List<FieldError> check(List<ContractTerms> contracts, Portfolio inventory) {
        Set<String> providers = inventory.providers().stream().map(Provider::key).collect(Collectors.toSet());
        Set<String> domains = inventory.failureDomains().stream().map(FailureDomain::key).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < contracts.size(); i++) {
            String at = SECTION + "[" + i + "]";
            ContractTerms c = contracts.get(i);
            if (!keys.add(c.key())) {
                errors.add(new FieldError(at + ".key", "the contract key '" + c.key() + "' appears twice"));
            }
            errors.addAll(check(c, at, providers, domains));
        }
        return errors;
    }

    /** One contract's rules and references; paths under {@code at} ("" for a contract on its own). */
    static List<FieldError> check(ContractTerms c, String at, Set<String> providers, Set<String> domains) {
        String prefix = at.isEmpty() ? "" : at + ".";
        List<FieldError> errors = new ArrayList<>();
        if (!Keys.isValid(c.key())) {
            errors.add(new FieldError(prefix + "key", "the contract key '" + c.key() + "' " + Keys.RULE));
        }
        if (providers != null && !providers.contains(c.provider())) {
            errors.add(new FieldError(prefix + "provider", "'" + c.provider() + "' is unknown: no provider has that key"));
        }
        for (int d = 0; d < c.covers().size(); d++) {
            if (domains != null && !domains.contains(c.covers().get(d))) {
                errors.add(new FieldError(prefix + "covers[" + d + "]", "'" + c.covers().get(d)
                        + "' is unknown: no failure domain has that key"));
            }
        }
        ContractRules.check(c).forEach(p -> errors.add(new FieldError(prefix + p.path(), p.message())));
        return errors;
    }

    @Override
    public Map<String, Object> write(ContractTerms c) {
        Measurement m = c.measurement();
        CreditPolicy credit = c.credit();
        return new Entry().put("key", c.key()).put("name", c.name()).put("provider", c.provider())
                .put("monthlyFee", c.monthlyFee()).put("currency", c.currency()).put("timeZone", c.timeZone().getId())
                .putNonEmpty("term", new Entry().put("start", c.termStart()).put("end", c.termEnd()))
                .putNonEmpty("covers", c.covers())
                .putNonEmpty("slos", c.slos().stream().map(s -> (Object) new Entry().put("kind", FileNames.of(s.kind()))
                        .put("objectivePercent", s.objectivePercent()).map()).toList())
                .put("measurement", new Entry().put("method", FileNames.of(m.method()))
                        .put("qualifyingImpact", m.qualifyingImpact().fileName())
                        .put("excludeMaintenance", m.excludeMaintenance() ? null : Boolean.FALSE)
                        .put("intervalMinutes", m.intervalMinutes())
                        .put("errorRateThresholdPercent", m.errorRateThresholdPercent())
                        .put("minimumConsecutiveMinutes", m.minimumConsecutiveMinutes())
                        .put("partialMinutes", m.partialMinutes() == PartialMinutes.EXACT ? null : FileNames.of(m.partialMinutes())))
                .put("credit", new Entry().put("method", FileNames.of(credit.method()))
                        .putNonEmpty("tiers", credit.tiers().stream().map(t -> (Object) new Entry()
                                .put("atLeast", t.atLeast()).put("below", t.below()).put("percent", t.percent()).map())
                                .toList())
                        .put("multiplier", credit.multiplier())
                        .put("affectedTimeRounding", credit.affectedTimeRounding() == TimeRounding.EXACT_MINUTES
                                ? null : FileNames.of(credit.affectedTimeRounding()))
                        .put("capPercent", credit.capPercent()).put("minimumCredit", credit.minimumCredit())
                        .putNonEmpty("eligibility", new Entry().put("minimumMonthlyFee", credit.minimumMonthlyFee())))
                .putNonEmpty("claim", claim(c.claim()))
                .map();
    }

    private static Entry claim(ClaimRule rule) {
        return rule == null ? new Entry() : new Entry().put("deadlineDaysAfterPeriod", rule.deadlineDaysAfterPeriod())
                .put("deadline", rule.endOfSecondBillingCycle() ? SECOND_CYCLE : null);
    }
}
