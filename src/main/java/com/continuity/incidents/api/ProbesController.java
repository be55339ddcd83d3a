package com.continuity.incidents.api;

import com.continuity.incidents.probes.Probe;
import com.continuity.incidents.probes.ProbeService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Synthetic probes: {@code GET/POST /api/v1/probes}, {@code DELETE /api/v1/probes/{key}}. */
@RestController
@RequestMapping("/api/v1/probes")
class ProbesController {

    private final ProbeService probes;

    ProbesController(ProbeService probes) {
        this.probes = probes;
    }

    @GetMapping
    List<Probe> probes() {
        return probes.probes();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Probe create(@RequestBody ProbeService.ProbeRequest request) {
        return probes.create(request);
    }

    @DeleteMapping("/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key) {
        probes.delete(key);
    }
}
