package com.continuity.inventory.api;

import com.continuity.inventory.InventoryService;
import com.continuity.inventory.Provider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

import com.continuity.shared.api.ApiChecks;

import java.util.List;

@RestController
@RequestMapping("/api/v1/providers")
class ProvidersController {

    private final InventoryService inventory;

    ProvidersController(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GetMapping
    List<Provider> list() {
        return inventory.providers();
    }

    @GetMapping("/{key}")
    Provider get(@PathVariable String key) {
        return inventory.provider(key);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Provider create(@RequestBody Provider provider) {
        return inventory.saveProvider(provider, null);
    }

    /** The body carries the {@code version} that was read; a stale one answers 409. */
    @PutMapping("/{key}")
    Provider update(@PathVariable String key, @RequestBody Provider provider) {
        ApiChecks.requireSame(key, provider.key());
        return inventory.saveProvider(provider, ApiChecks.requireVersion(provider.version()));
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        inventory.deleteProvider(key, version);
    }
}
