package com.continuity.reviews.api;

import com.continuity.reviews.ActionItem;
import com.continuity.reviews.ActionItemInput;
import com.continuity.reviews.ActionStatus;
import com.continuity.reviews.Attestation;
import com.continuity.reviews.AttestationInput;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.ReviewService;
import com.continuity.reviews.SignOff;
import com.continuity.shared.api.ApiChecks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Quarterly reviews over REST: the list, one review with its snapshot and what was done in it, opening one, and the
 * work during it (action items, attestations, sign-offs). The PDF is served with the other documents.
 */
@RestController
@RequestMapping("/api/v1")
class ReviewsController {

    private final ReviewService reviews;

    ReviewsController(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** Every review, newest quarter first, without its snapshot. */
    @GetMapping("/reviews")
    List<Review> list() {
        return reviews.reviews();
    }

    record Open(String quarter, String team) {
    }

    @PostMapping("/reviews")
    ResponseEntity<ReviewDetails> open(@RequestBody Open body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.open(body.quarter(), body.team()));
    }

    @GetMapping("/reviews/{id:\\d+}")
    ReviewDetails get(@PathVariable long id) {
        return reviews.review(id);
    }

    record Item(String title, String service, String contract, String finding, String owner, LocalDate due,
                ActionStatus status, Long version) {
        ActionItemInput input() {
            return new ActionItemInput(title, service, contract, finding, owner, due, status);
        }
    }

    @PostMapping("/reviews/{id:\\d+}/action-items")
    ResponseEntity<ActionItem> addItem(@PathVariable long id, @RequestBody Item body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.addActionItem(id, body.input()));
    }

    /** Title, owner, due date and status; the body carries the version read. */
    @PutMapping("/action-items/{id}")
    ActionItem updateItem(@PathVariable long id, @RequestBody Item body) {
        return reviews.updateActionItem(id, ApiChecks.requireVersion(body.version() == null ? 0 : body.version()),
                body.input());
    }

    @GetMapping(path = "/reviews/{id:\\d+}/action-items.csv", produces = "text/csv")
    ResponseEntity<byte[]> itemsCsv(@PathVariable long id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"review-" + id + "-action-items.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(reviews.actionItemsCsv(id).getBytes(StandardCharsets.UTF_8));
    }

    @PutMapping("/reviews/{id:\\d+}/attestations/{service}")
    Attestation attest(@PathVariable long id, @PathVariable String service, @RequestBody AttestationInput body) {
        return reviews.attest(id, service, body);
    }

    /** Signs for the team named in the path. */
    @PostMapping("/reviews/{id:\\d+}/sign-offs/teams/{team}")
    ResponseEntity<SignOff> signForTeam(@PathVariable long id, @PathVariable String team) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reviews.signForTeam(id, team));
    }

    /** The manager's final sign-off: the review is read-only afterwards. */
    @PostMapping("/reviews/{id:\\d+}/sign-offs/manager")
    ReviewDetails signAsManager(@PathVariable long id) {
        return reviews.signAsManager(id);
    }
}
