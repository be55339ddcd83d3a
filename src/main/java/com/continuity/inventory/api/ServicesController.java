package com.continuity.inventory.api;

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
    List<ServiceResource> list() {
        return inventory.services().stream().map(ServiceResource::of).toList();
    }

    @GetMapping("/{key}")
    ServiceResource get(@PathVariable String key) {
        return ServiceResource.of(inventory.service(key));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceResource create(@RequestBody ServiceResource service) {
        return ServiceResource.of(inventory.saveService(service.toService(), null));
    }

    @PutMapping("/{key}")
    ServiceResource update(@PathVariable String key, @RequestBody ServiceResource service) {
        ApiChecks.requireSame(key, service.key());
        return ServiceResource.of(inventory.saveService(service.toService(), ApiChecks.requireVersion(service.version())));
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        inventory.deleteService(key, version);
    }
}
