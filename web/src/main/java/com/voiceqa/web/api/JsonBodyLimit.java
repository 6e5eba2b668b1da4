package com.voiceqa.web.api;

import com.voiceqa.rules.pack.RuleLoader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;

/**
 * Bounds JSON request bodies before anything parses them: the largest JSON the API takes is a rule pack
 * ({@link RuleLoader#MAX_PACK_BYTES}) with its envelope, so a body announced larger is answered 413 at once, unread,
 * and a chunked body that grows larger fails the parse the moment it crosses the limit (also 413). Without this a
 * 100 MB body was parsed into a tree before the pack's own size check (RSS 1.1 → 3.7 GB). Uploads (multipart) have
 * their own limit ({@code voiceqa.upload.max-bytes}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class JsonBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = RuleLoader.MAX_PACK_BYTES + 64 * 1024;
    static final String MESSAGE = "请求体过大：JSON 最多 " + MAX_BYTES / (1024 * 1024) + " MB（规则包最多 "
            + RuleLoader.MAX_PACK_BYTES / (1024 * 1024) + " MB）/ the JSON body is larger than the server accepts";

    private final JsonMapper json;

    public JsonBodyLimit(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Connection", "close"); // do not read (swallow) the rest of the body
            json.writeValue(response.getOutputStream(), new ApiError(413, HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase(),
                    MESSAGE, request.getRequestURI(), Instant.now(), null));
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    /** Thrown by the bounded body when a chunked request crosses the limit; answered 413 by {@link ApiExceptionHandler}. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super(MESSAGE);
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
