package com.continuity.inventory.api;

import com.continuity.inventory.ImportResult;
import com.continuity.inventory.PortfolioService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The whole inventory as one YAML or JSON document. The body is read as bytes (both formats go through one
 * reader that knows lines), so the Content-Type only documents it; Accept chooses the export format.
 */
@RestController
@RequestMapping("/api/v1/portfolio")
class PortfolioController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final PortfolioService portfolio;

    PortfolioController(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping(produces = {"application/yaml", "application/json"})
    ResponseEntity<String> export(@RequestHeader(value = "Accept", defaultValue = "application/yaml") String accept) {
        boolean json = accept.contains("json") && !accept.contains("yaml");
        return ResponseEntity.ok()
                .contentType(json ? MediaType.APPLICATION_JSON : YAML)
                .body(portfolio.export(json ? PortfolioService.Format.JSON : PortfolioService.Format.YAML));
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "application/json"})
    ImportResult importDocument(HttpServletRequest request) throws IOException {
        return portfolio.importDocument(request.getInputStream());
    }
}
