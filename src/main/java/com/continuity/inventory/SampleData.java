package com.continuity.inventory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.continuity.security.CurrentUser;
import com.continuity.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * A newcomer should see a populated app: on the first start of a database, the sample portfolio (the
 * 18 February 2026 scenario) is imported as "system". {@code CONTINUITY_SAMPLE_DATA=false} on that first start
 * keeps it empty, for good.
 */
@Component
@Order(2)
class SampleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final PortfolioService portfolio;
    private final CurrentUser currentUser;
    private final boolean enabled;

    SampleData(PortfolioService portfolio, CurrentUser currentUser,
               @Value("${continuity.sample-data:true}") boolean enabled) {
        this.portfolio = portfolio;
        this.currentUser = currentUser;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!portfolio.firstStart() || !enabled) {
            return;
        }
        // start-up work has no user; it acts as "system" with the manager's rights, and is audited as such
        var sample = new ClassPathResource("sample/portfolio.yaml").getInputStream();
        ImportResult result = currentUser.runAsSystem(Role.MANAGER, () -> portfolio.importDocument(sample));
        log.info("Loaded the sample portfolio: {}", result);
    }
}
