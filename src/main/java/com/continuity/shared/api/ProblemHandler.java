package com.continuity.shared.api;

import com.continuity.shared.ConflictException;
import com.continuity.shared.DocumentTooLargeException;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.ValidationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Errors of the REST API as RFC 9457 problem details; validation errors list every {path, line, message}. */
@RestControllerAdvice(basePackages = "com.continuity")
public class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input",
                e.errors().size() + " error(s); nothing was changed", "validation");
        List<Map<String, Object>> errors = e.errors().stream().map(err -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("path", err.path());
            m.put("line", err.line());
            m.put("message", err.message());
            return m;
        }).toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage(), "conflict");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), "not-found");
    }

    @ExceptionHandler(DocumentTooLargeException.class)
    ProblemDetail tooLarge(DocumentTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Document too large", e.getMessage() + "; nothing was changed",
                "too-large");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), "forbidden");
    }

    /** A body Jackson cannot read: say where, in Jackson's words, instead of a bare "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable body",
                e.getMostSpecificCause().getMessage(), "unreadable"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("https://continuity.example/problems/" + type));
        return p;
    }
}
