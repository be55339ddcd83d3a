package com.continuity.reports.api;

import com.continuity.reports.Paper;
import com.continuity.reports.Pdf;
import com.continuity.reports.Reports;
import com.continuity.shared.FieldError;
import com.continuity.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.util.List;

/** The printable documents as PDFs; {@code ?paper=letter} prints on US Letter, A4 otherwise. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_PDF_VALUE)
class DocumentsController {

    private final Reports reports;

    DocumentsController(Reports reports) {
        this.reports = reports;
    }

    @Operation(summary = "The runbook of a service")
    @GetMapping("/services/{key}/runbook.pdf")
    ResponseEntity<byte[]> runbook(@PathVariable String key, @RequestParam(defaultValue = "a4") String paper) {
        return send(reports.runbook(key, paper(paper)));
    }

    @Operation(summary = "The 5-step response checklist of a service, on one page")
    @GetMapping("/services/{key}/checklist.pdf")
    ResponseEntity<byte[]> checklist(@PathVariable String key, @RequestParam(defaultValue = "a4") String paper) {
        return send(reports.checklist(key, paper(paper)));
    }

    @Operation(summary = "Every runbook and checklist of a team, as one PDF")
    @GetMapping("/teams/{key}/runbooks.pdf")
    ResponseEntity<byte[]> teamBook(@PathVariable String key, @RequestParam(defaultValue = "a4") String paper) {
        return send(reports.teamBook(key, paper(paper), done -> { }));
    }

    @Operation(summary = "The credit claim letter of a period with a credit owed")
    @GetMapping("/contracts/{key}/periods/{period}/claim-letter.pdf")
    ResponseEntity<byte[]> claimLetter(@PathVariable String key, @PathVariable YearMonth period,
                                       @RequestParam(defaultValue = "a4") String paper) {
        return send(reports.claimLetter(key, period, paper(paper)));
    }

    @Operation(summary = "SLA compliance of a contract from one month to another (default: the last 12 months)")
    @GetMapping("/contracts/{key}/compliance.pdf")
    ResponseEntity<byte[]> compliance(@PathVariable String key, @RequestParam(required = false) YearMonth from,
                                      @RequestParam(required = false) YearMonth to,
                                      @RequestParam(defaultValue = "a4") String paper) {
        YearMonth[] range = reports.defaultComplianceRange();
        return send(reports.compliance(key, from == null ? range[0] : from, to == null ? range[1] : to, paper(paper)));
    }

    /** {@code {id}.pdf} with digits only, beside the review's JSON at {@code /reviews/{id}}. */
    @Operation(summary = "The quarterly review: a summary page, then the detail with charts")
    @GetMapping("/reviews/{id:\\d+}.pdf")
    ResponseEntity<byte[]> review(@PathVariable long id, @RequestParam(defaultValue = "a4") String paper) {
        return send(reports.review(id, paper(paper)));
    }

    private static Paper paper(String name) {
        try {
            return Paper.of(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new FieldError("paper", e.getMessage())));
        }
    }

    private static ResponseEntity<byte[]> send(Pdf pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.bytes());
    }
}
