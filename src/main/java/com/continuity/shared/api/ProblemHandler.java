package com.continuity.shared.api;

import com.continuity.shared.ConflictException;
import com.continuity.shared.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.core.JacksonException;
import com.continuity.shared.DocumentTooLargeException;
import com.continuity.shared.NotFoundException;
import com.continuity.shared.RefusedException;
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

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

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

    @ExceptionHandler(RefusedException.class)
    ProblemDetail refused(RefusedException e) {
        return problem(HttpStatus.CONFLICT, "Refused", e.getMessage(), "refused");
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

    /**
     * A body Jackson cannot read. A value of the wrong type is a validation error at its field (422, with the
     * path); a body that is not JSON at all is a 400. Neither names our classes.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            Throwable root = e.getMostSpecificCause();
            String message = root instanceof IllegalArgumentException ? root.getMessage()
                    : "the value has the wrong type or form";
            return ResponseEntity.unprocessableContent().body(invalid(new ValidationException(
                    List.of(new FieldError(path(jackson.getPath()), message)))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable body",
                "the body is not valid JSON for this resource", "unreadable"));
    }

    /** {@code dependencies[0].paths[1].role}, the notation of our validation errors. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : references) {
            if (r.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Two creations of one key at the same moment: the loser is told, as for any edit conflict. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Edit conflict",
                "a record with that key was created at the same time; reload and try again", "conflict");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.warn("refused by a database constraint", e);
        return problem(HttpStatus.CONFLICT, "Conflict with stored data",
                "the change conflicts with what is stored; nothing was changed", "conflict");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), "bad-request");
    }

    /** Anything unforeseen: logged in full, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "something went wrong on our side; nothing was changed", "internal");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("https://continuity.example/problems/" + type));
        return p;
    }
}
