package com.continuity.security.api;

import com.continuity.security.AuditEntry;
import com.continuity.security.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditEntry> latest(@RequestParam(defaultValue = "") String filter,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "50") int limit) {
        return audit.latest(filter, Math.max(offset, 0), Math.clamp(limit, 1, 500));
    }
}
