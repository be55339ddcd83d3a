package com.continuity.sla.api;

import com.continuity.sla.Contract;
import com.continuity.sla.ContractFormat;
import com.continuity.sla.SlaPeriod;
import com.continuity.sla.SlaService;
import com.continuity.shared.api.ApiChecks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contracts in the portfolio file's shape (plus {@code version}), their SLA periods and error-rate samples.
 * Writes take the contract as the file writes it, YAML or JSON.
 */
@RestController
@RequestMapping("/api/v1/contracts")
class ContractsController {

    private static final ContractFormat FORMAT = new ContractFormat();

    private final SlaService sla;

    ContractsController(SlaService sla) {
        this.sla = sla;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return sla.contracts().stream().map(ContractsController::resource).toList();
    }

    @GetMapping("/{key}")
    Map<String, Object> get(@PathVariable String key) {
        return resource(sla.contract(key));
    }

    @PostMapping(consumes = {"application/json", "application/yaml"})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(HttpServletRequest request) throws IOException {
        return resource(sla.saveContract(request.getInputStream(), null));
    }

    /** {@code version} is the version read: a stale one answers 409 and changes nothing. */
    @PutMapping(path = "/{key}", consumes = {"application/json", "application/yaml"})
    Map<String, Object> update(@PathVariable String key, @RequestParam long version, HttpServletRequest request)
            throws IOException {
        Contract saved = sla.saveContract(request.getInputStream(), ApiChecks.requireVersion(version), key);
        return resource(saved);
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        sla.deleteContract(key, version);
    }

    /** The periods from {@code from} to {@code to} (YYYY-MM); by default the last 24 months. */
    @GetMapping("/{key}/periods")
    List<PeriodResource> periods(@PathVariable String key, @RequestParam(required = false) YearMonth from,
                                 @RequestParam(required = false) YearMonth to) {
        List<SlaPeriod> periods = from == null && to == null ? sla.recentPeriods(key)
                : sla.periods(key, from == null ? to : from, to == null ? from : to);
        return periods.stream().map(PeriodResource::of).toList();
    }

    @GetMapping("/{key}/periods/{period}")
    PeriodResource period(@PathVariable String key, @PathVariable YearMonth period) {
        return PeriodResource.of(sla.period(key, period));
    }

    record SamplesImported(String contract, int imported, long stored) {
    }

    /** Error-rate samples as CSV lines {@code start,end,total,failed}; all or nothing. */
    @PostMapping(path = "/{key}/error-samples", consumes = {"text/csv", "text/plain"})
    SamplesImported importSamples(@PathVariable String key, HttpServletRequest request) throws IOException {
        int imported = sla.importSamples(key, request.getInputStream());
        return new SamplesImported(key, imported, sla.sampleCount(key));
    }

    private static Map<String, Object> resource(Contract c) {
        Map<String, Object> out = new LinkedHashMap<>(FORMAT.write(c.terms()));
        out.put("version", c.version());
        return out;
    }
}
