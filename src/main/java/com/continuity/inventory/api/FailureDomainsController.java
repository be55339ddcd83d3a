package com.continuity.inventory.api;

import com.continuity.inventory.FailureDomain;
import com.continuity.inventory.InventoryService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import com.continuity.shared.api.ApiChecks;

import java.util.List;

@RestController
@RequestMapping("/api/v1/failure-domains")
class FailureDomainsController {

    private final InventoryService inventory;

    FailureDomainsController(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GetMapping
    List<FailureDomain> list() {
        return inventory.failureDomains();
    }

    @GetMapping("/{key}")
    FailureDomain get(@PathVariable String key) {
        return inventory.failureDomain(key);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FailureDomain create(@RequestBody FailureDomain domain) {
        return inventory.saveFailureDomain(domain, null);
    }

    @PutMapping("/{key}")
    FailureDomain update(@PathVariable String key, @RequestBody FailureDomain domain) {
        ApiChecks.requireSame(key, domain.key());
        return inventory.saveFailureDomain(domain, ApiChecks.requireVersion(domain.version()));
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        inventory.deleteFailureDomain(key, version);
    }
}
