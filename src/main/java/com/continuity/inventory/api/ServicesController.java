package com.continuity.inventory.api;

import com.continuity.inventory.BusinessService;
import com.continuity.inventory.InventoryService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import com.continuity.shared.api.ApiChecks;

import java.util.List;

/** Business services as whole aggregates: impact analysis with dependencies, paths and drills. */
@RestController
@RequestMapping("/api/v1/services")
class ServicesController {

    private final InventoryService inventory;

    ServicesController(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GetMapping
    List<BusinessService> list() {
        return inventory.services();
    }

    @GetMapping("/{key}")
    BusinessService get(@PathVariable String key) {
        return inventory.service(key);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BusinessService create(@RequestBody BusinessService service) {
        return inventory.saveService(service, null);
    }

    @PutMapping("/{key}")
    BusinessService update(@PathVariable String key, @RequestBody BusinessService service) {
        ApiChecks.requireSame(key, service.key());
        return inventory.saveService(service, ApiChecks.requireVersion(service.version()));
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        inventory.deleteService(key, version);
    }
}
