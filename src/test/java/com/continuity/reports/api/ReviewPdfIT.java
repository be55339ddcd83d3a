package com.continuity.reports.api;

import com.continuity.reports.PrintedPdf;
import com.continuity.reviews.Review;
import com.continuity.reviews.ReviewDetails;
import com.continuity.reviews.ReviewService;
import com.continuity.reviews.model.Snapshot;
import com.continuity.security.Role;
import com.continuity.support.ActingUser;
import com.continuity.support.Api;
import com.continuity.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review of 2026-Q4 for the whole organisation, opened on the sample data and printed over REST, read back as a
 * reader would: page 1 holds the summary figures, the detail follows with its charts drawn as vectors. The database
 * is shared with the other tests, so the review is opened once (on the sample alone) and reused if already open.
 */
@AppTest
class ReviewPdfIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewService reviews;
    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void users() {
        Api.ensureUser(jdbc, "marketing-viewer", Role.VIEWER, "marketing");
    }

    /** The organisation's review of 2026-Q4, opened by a manager on the sample portfolio unless open already. */
    ReviewDetails review() {
        try (var manager = ActingUser.as(security, "continuity-manager", Role.MANAGER)) {
            Long id = reviews.reviews().stream().filter(r -> r.team() == null && "2026-Q4".equals(r.quarter().toString()))
                    .map(Review::id).findFirst().orElse(null);
            if (id != null) {
                return reviews.review(id);
            }
            Api.restoreSample(port); // other tests add services; the figures below are the sample's
            return reviews.open("2026-Q4", null);
        }
    }

    PrintedPdf pdf(Api api, String path) throws Exception {
        HttpResponse<byte[]> r = api.getBytes(path);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        var pdf = new PrintedPdf(r.body());
        assertThat(pdf.fonts).as("fonts").isNotEmpty();
        assertThat(pdf.notEmbeddedFonts()).as("fonts not embedded").isEmpty();
        return pdf;
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theFirstPageHoldsTheSummaryFiguresOfTheSnapshotAndTheDetailFollowsWithVectorCharts() throws Exception {
        ReviewDetails details = review();
        Snapshot s = details.review().snapshot();
        HttpResponse<byte[]> r = Api.admin(port).getBytes("/api/v1/reviews/" + details.review().id() + ".pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).contains("review-2026-Q4.pdf"));

        var pdf = pdf(Api.admin(port), "/api/v1/reviews/" + details.review().id() + ".pdf");
        String first = flat(pdf.pages.getFirst());

        // what the snapshot says, on page 1
        assertThat(first).contains("Quarterly review 2026-Q4", "Scope Whole organisation",
                "Services " + s.services().size() + " in scope", "Status Open: ");
        s.services().stream().limit(5).forEach(e -> assertThat(first).contains(e.name()));
        assertThat(first).contains("Drill gaps " + s.drillGaps().size() + " fallbacks: ");
        // and what the sample is known to hold: the Bedrock credit of October, the gateway-coupled chatbot's
        // never-drilled local model, the missed Bedrock month and its incident
        assertThat(first).contains("Owed, to claim 2,000.00 USD; the first deadline is 2026-12-31",
                "SLA objectives 1 month missed: Amazon Bedrock service terms (eu-west-1) in 2026-10",
                "llama-on-prem of Customer help chat (customer-care): never drilled",
                "Incidents 1 touched the services in scope", "Expected annual loss ", "Page 1 of")
                .doesNotContain("Score trend", "null");
        if (s.changes().first()) {
            assertThat(first).contains("First review of the whole organisation");
        }

        String detail = flat(String.join(" ", pdf.pages.subList(1, pdf.pages.size())));
        // a picture's words are drawn as shapes, so the caption under it is what reads back as text
        assertThat(flat(pdf.pages.get(1))).contains("Score trend", "Bars: average risk score");
        assertThat(detail).contains("Services, riskiest first", "Recovery objectives and attestations",
                "Increased error rates for Amazon Bedrock in eu-west-1", "SLA attainment",
                "Anthropic enterprise agreement (anthropic)", "2026-10 99.787186 % missed 2,000.00 USD owed",
                "Sign-offs", "Manager, last");
        s.services().forEach(e -> assertThat(detail).contains(e.name()));
        assertThat(pdf.images).as("the charts are drawn as vectors, not rasterised").isZero();
        pdf.savePreview("review-2026-Q4");
    }

    @Test
    void usLetterGivesLetterPagesAndTheSummaryStillFitsThePage() throws Exception {
        long id = review().review().id();

        var letter = pdf(Api.admin(port), "/api/v1/reviews/" + id + ".pdf?paper=letter");

        assertThat(letter.width).isEqualTo(612f);
        assertThat(letter.height).isEqualTo(792f);
        assertThat(flat(letter.pages.getFirst())).contains("Action items Open").doesNotContain("Score trend");
        assertThat(flat(letter.pages.get(1))).contains("Score trend");
        assertThat(pdf(Api.admin(port), "/api/v1/reviews/" + id + ".pdf").width).isEqualTo(595f);
    }

    @Test
    void anySignedInUserMayReadTheReviewAndOthersMayNot() throws Exception {
        long id = review().review().id();

        assertThat(pdf(Api.as(port, "marketing-viewer", Api.PASSWORD), "/api/v1/reviews/" + id + ".pdf").text())
                .contains("Quarterly review 2026-Q4");
        assertThat(Api.anonymous(port).getBytes("/api/v1/reviews/" + id + ".pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownReviewIs404AndAnUnknownPaperIsRefusedByName() {
        HttpResponse<String> unknown = Api.admin(port).get("/api/v1/reviews/999999.pdf");
        HttpResponse<String> a3 = Api.admin(port).get("/api/v1/reviews/" + review().review().id() + ".pdf?paper=a3");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("review '999999' does not exist");
        assertThat(a3.statusCode()).isEqualTo(422);
        assertThat(a3.body()).contains("\"path\":\"paper\"", "'a3' is not one of [a4, letter]");
    }
}
