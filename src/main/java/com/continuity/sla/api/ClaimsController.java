package com.continuity.sla.api;

import com.continuity.shared.api.ApiChecks;
import com.continuity.sla.Claim;
import com.continuity.sla.ClaimService;
import com.continuity.sla.ClaimSummary;
import com.continuity.sla.ProviderSpend;
import com.continuity.sla.SlaInsights;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Credit claims and their life: owed → claimed → received or denied; expired when left unclaimed. */
@RestController
@RequestMapping("/api/v1")
class ClaimsController {

    private final ClaimService claims;
    private final SlaInsights insights;

    ClaimsController(ClaimService claims, SlaInsights insights) {
        this.claims = claims;
        this.insights = insights;
    }

    @GetMapping("/claims")
    List<Claim> list() {
        return claims.claims();
    }

    /** Money owed, awaited and lost per currency, and the deadlines coming up. */
    @GetMapping("/claims/summary")
    ClaimSummary summary() {
        return claims.summary();
    }

    @GetMapping("/claims/{id}")
    Claim get(@PathVariable long id) {
        return claims.claim(id);
    }

    record Claimed(long version, LocalDate claimedOn, String reference) {
    }

    @PostMapping("/claims/{id}/claimed")
    Claim claimed(@PathVariable long id, @RequestBody Claimed body) {
        return claims.markClaimed(id, ApiChecks.requireVersion(body.version()), body.claimedOn(), body.reference());
    }

    record Received(long version, BigDecimal amount) {
    }

    @PostMapping("/claims/{id}/received")
    Claim received(@PathVariable long id, @RequestBody Received body) {
        return claims.markReceived(id, ApiChecks.requireVersion(body.version()), body.amount());
    }

    record Denied(long version, String reason) {
    }

    @PostMapping("/claims/{id}/denied")
    Claim denied(@PathVariable long id, @RequestBody Denied body) {
        return claims.markDenied(id, ApiChecks.requireVersion(body.version()), body.reason());
    }

    /** Concentration of spend: monthly contract fees per provider, with each one's share. */
    @GetMapping("/spend")
    List<ProviderSpend> spend() {
        return insights.spend();
    }
}
