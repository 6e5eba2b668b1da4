package com.voiceqa.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * CSRF protection for the session login: a state-changing request (POST, PUT, PATCH, DELETE, including the login
 * itself) that the browser marks as coming from another origin is refused. SameSite=Strict alone is not enough: it
 * lets a sibling subdomain (same site, other origin) send the session cookie.
 *
 * <p>Browsers say where a request comes from in {@code Sec-Fetch-Site} (only {@code same-origin} and {@code none},
 * a user's own navigation, pass); browsers too old for it send {@code Origin}, which must then be this server. A
 * request with neither comes from a script or a tool (curl, HTTP Basic clients), which no other web page can make
 * a browser send: it passes.
 */
final class SameOriginWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_ORIGIN = Set.of("same-origin", "none");

    private final JsonSecurityHandlers handlers;

    SameOriginWrites(JsonSecurityHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || fromOwnOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        handlers.write(response, request, HttpStatus.FORBIDDEN,
                "跨站请求已拒绝：请在 VoiceQA 自己的页面上操作 / cross-origin request refused (CSRF protection)");
    }

    private static boolean fromOwnOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return OWN_ORIGIN.contains(site);
        }
        String origin = request.getHeader("Origin");
        return origin == null || sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false; // "null" (sandboxed frames, file: pages) and garbage are not this server
        }
    }
}
