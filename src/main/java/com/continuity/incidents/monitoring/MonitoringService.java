package com.continuity.incidents.monitoring;

import com.continuity.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What the status monitoring sees: each polled page's state, and the monitoring gaps, open ones first. */
@Service
public class MonitoringService {

    private final MonitoringRepository repository;

    MonitoringService(MonitoringRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<PageState> pages() {
        return repository.states();
    }

    @PreAuthorize(Permissions.READ)
    @Transactional(readOnly = true)
    public List<MonitoringGap> gaps() {
        return repository.gaps(500);
    }
}
