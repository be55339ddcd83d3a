package com.continuity.inventory.api;

import com.continuity.inventory.DependencyQuery;
import com.continuity.inventory.DependencyRow;
import com.continuity.inventory.InventoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Every dependency of every service, a page at a time, filtered and sorted in the database. */
@RestController
@RequestMapping("/api/v1/dependencies")
class DependenciesController {

    record Page(long total, List<DependencyRow> items) {
    }

    private final InventoryService inventory;

    DependenciesController(InventoryService inventory) {
        this.inventory = inventory;
    }

    @GetMapping
    Page list(@RequestParam(defaultValue = "") String filter,
              @RequestParam(defaultValue = "SERVICE") DependencyQuery.Sort sort,
              @RequestParam(defaultValue = "false") boolean descending,
              @RequestParam(defaultValue = "0") int offset,
              @RequestParam(defaultValue = "50") int limit) {
        return new Page(inventory.countDependencies(filter),
                inventory.dependencies(new DependencyQuery(filter, sort, descending, offset, limit)));
    }
}
