package com.continuity.incidents.api;

import com.continuity.incidents.Incident;
import com.continuity.incidents.IncidentImpact;
import com.continuity.incidents.IncidentService;
import com.continuity.incidents.IncidentUpdate;
import com.continuity.incidents.StatusImportResult;
import jakarta.servlet.http.HttpServletRequest;
import com.continuity.shared.api.ApiChecks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

@RestController
@RequestMapping("/api/v1/incidents")
class IncidentsController {

    private final IncidentService incidents;

    IncidentsController(IncidentService incidents) {
        this.incidents = incidents;
    }

    /** Newest first, each with its timeline and component intervals. */
    @GetMapping
    List<Incident> list() {
        return incidents.incidents();
    }

    /** The incident with the windows it impaired our failure domains in and what that did to our services. */
    @GetMapping("/{key}")
    IncidentImpact get(@PathVariable String key) {
        return incidents.impact(key);
    }

    /** A Statuspage v2 payload (incidents.json or summary.json) of the provider's status page. */
    @PostMapping(path = "/status-import", consumes = "application/json")
    StatusImportResult importStatusPage(@RequestParam String provider, HttpServletRequest request) throws IOException {
        return incidents.importStatusPage(provider, request.getInputStream());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Incident create(@RequestBody Incident incident) {
        return incidents.save(incident, null);
    }

    @PutMapping("/{key}")
    Incident update(@PathVariable String key, @RequestBody Incident incident) {
        ApiChecks.requireSame(key, incident.key());
        return incidents.save(incident, ApiChecks.requireVersion(incident.version()));
    }

    /** Adds to the timeline; {@code resolve=true} also closes the incident at the update's time. */
    @PostMapping("/{key}/updates")
    Incident addUpdate(@PathVariable String key, @RequestParam long version,
                       @RequestParam(defaultValue = "false") boolean resolve, @RequestBody IncidentUpdate update) {
        return incidents.addUpdate(key, ApiChecks.requireVersion(version), update, resolve);
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key, @RequestParam long version) {
        incidents.delete(key, version);
    }
}
