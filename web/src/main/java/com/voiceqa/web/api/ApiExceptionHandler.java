package com.voiceqa.web.api;

import com.voiceqa.rules.match.RegexBudget;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.time.Instant;
import java.util.List;

/** Turns every failure into {@link ApiError} JSON with a message a person can act on. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ServerPaths paths;

    public ApiExceptionHandler(ServerPaths paths) {
        this.paths = paths;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e, HttpServletRequest request) {
        return error(e.status(), e.getMessage(), request, null);
    }

    @ExceptionHandler(Unavailable.class)
    ResponseEntity<ApiError> unavailable(Unavailable e, HttpServletRequest request) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request, null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<ApiError.FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldError(f.getField(), f.getDefaultMessage())).toList();
        return error(HttpStatus.BAD_REQUEST, "the request has invalid fields: fix them and retry", request, fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        List<ApiError.FieldError> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new ApiError.FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return error(HttpStatus.BAD_REQUEST, "the request has invalid parameters: fix them and retry", request, fields);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> missing(Exception e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), request, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'",
                request, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof JsonBodyLimit.TooLarge tooLarge) {
            return error(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), request, null);
        }
        return error(HttpStatus.BAD_REQUEST, "the request body is not valid JSON of the expected shape (see docs/api.md)",
                request, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), request, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), request, null);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> brokenMultipart(MultipartException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "the upload is not a readable multipart/form-data request: send the "
                + "recording as the form field 'file' (e.g. curl -F file=@call.wav)", request, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "the upload is larger than the server accepts ("
                + "voiceqa.upload.max-bytes); split or compress the recording", request, null);
    }

    /** A rule's regular expression ran out of its step budget (qa-rules); its message says how to simplify it. */
    @ExceptionHandler(RegexBudget.TooExpensive.class)
    ResponseEntity<ApiError> regexTooExpensive(RegexBudget.TooExpensive e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), request, null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ApiError> denied(Exception e, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "your role may not do this; ask an administrator", request, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "no such page or endpoint: " + request.getRequestURI(), request, null);
    }

    /** A live-stream (SSE) client went away: nothing to answer, and nothing wrong with the server. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        log.debug("client disconnected");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal error (" + e.getClass().getSimpleName() + "); the server log has the details", request, null);
    }

    /** Every error answer is built here, so no message reveals a server directory (see {@link ServerPaths}). */
    private ResponseEntity<ApiError> error(HttpStatus status, String message, HttpServletRequest request,
                                           List<ApiError.FieldError> fields) {
        return ResponseEntity.status(status)
                .body(new ApiError(status.value(), status.getReasonPhrase(), paths.redact(message), request.getRequestURI(),
                        Instant.now(), fields));
    }
}
