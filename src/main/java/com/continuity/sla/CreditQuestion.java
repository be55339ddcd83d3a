package com.continuity.sla;

import com.continuity.incidents.model.Impact;
import com.continuity.inventory.portfolio.Fields;
import com.continuity.inventory.portfolio.PortfolioReader;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import com.continuity.sla.model.ContractTerms;
import com.continuity.sla.model.ErrorSample;
import com.continuity.sla.model.Outage;
import com.continuity.sla.model.PeriodInputs;
import com.continuity.sla.model.Transactions;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import static com.continuity.inventory.portfolio.Fields.Presence.OPTIONAL;
import static com.continuity.inventory.portfolio.Fields.Presence.REQUIRED;

/**
 * An ad-hoc question to the credit calculator: a contract (the file's fields), a month, and the outages, error
 * samples or transactions to count. An outage typed without an impact is a full outage (critical).
 */
public record CreditQuestion(ContractTerms contract, YearMonth period, PeriodInputs inputs) {

    static final List<String> FIELDS = List.of("contract", "period", "outages", "errorSamples", "transactions");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    /** Reads the REST body, e.g. {@code {"contract": {...}, "period": "2026-02", "outages": [{"start", "end"}]}}. */
    static CreditQuestion read(byte[] body) {
        ContractFormat format = new ContractFormat();
        CreditQuestion q = PortfolioReader.readDocument(body, "credit question", FIELDS, f -> {
            ContractTerms contract = f.object("contract", REQUIRED, "contract", format.fields(), format::read);
            YearMonth period = month(f, "period");
            List<Outage> outages = f.objects("outages", OPTIONAL, "outage", List.of("start", "end", "impact"),
                    CreditQuestion::outage);
            List<ErrorSample> samples = f.objects("errorSamples", OPTIONAL, "error sample",
                    List.of("start", "end", "total", "failed"), CreditQuestion::sample);
            Transactions transactions = f.object("transactions", OPTIONAL, "transactions", List.of("total", "failed"),
                    t -> counts(t, t.count("total", REQUIRED), t.count("failed", REQUIRED)));
            return new CreditQuestion(contract, period, new PeriodInputs(outages == null ? List.of() : outages,
                    samples == null ? List.of() : samples, transactions));
        });
        List<FieldError> errors = ContractFormat.check(q.contract(), "contract", null, null);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return q;
    }

    /** A month written YYYY-MM; reported on the field when it is not one. */
    static YearMonth month(Fields f, String field) {
        String text = f.string(field, REQUIRED);
        if (text == null) {
            return null;
        }
        try {
            if (MONTH.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException notAMonth) {
            // reported below
        }
        f.problem(field, field + " must be a month such as 2026-02; got '" + text + "'");
        return null;
    }

    private static Outage outage(Fields o) {
        Instant start = o.instant("start", REQUIRED);
        Instant end = o.instant("end", REQUIRED);
        Impact impact = o.choice("impact", OPTIONAL, Impact.values(), Impact::fileName);
        if (start != null && end != null && !end.isAfter(start)) {
            o.problem("end", "the end " + end + " must be after the start " + start);
        }
        return start == null || end == null ? null : typed(start, end, impact);
    }

    /** An outage someone typed, labelled the same wherever it was typed; without an impact, a full (critical) one. */
    public static Outage typed(Instant start, Instant end, Impact impact) {
        return new Outage(start, end, impact == null ? Impact.CRITICAL : impact, "outage " + start + " – " + end);
    }

    private static ErrorSample sample(Fields s) {
        Instant start = s.instant("start", REQUIRED);
        Instant end = s.instant("end", REQUIRED);
        Transactions counts = counts(s, s.count("total", REQUIRED), s.count("failed", REQUIRED));
        if (start != null && end != null && !end.isAfter(start)) {
            s.problem("end", "the end " + end + " must be after the start " + start);
        }
        return start == null || end == null || counts == null ? null
                : new ErrorSample(start, end, counts.total(), counts.failed());
    }

    private static Transactions counts(Fields f, Long total, Long failed) {
        if (total == null || failed == null) {
            return null;
        }
        if (total < 0 || failed < 0 || failed > total) {
            f.problem("failed", "failed must be between 0 and total (" + total + "); got " + failed);
            return null;
        }
        return new Transactions(total, failed);
    }
}
