package com.voiceqa.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Refuses a login attempt (the form's {@code POST /login}, or any request with HTTP Basic credentials) with 429 while
 * {@link LoginThrottle} holds its username or address locked, before the password is checked.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final JsonSecurityHandlers handlers;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, JsonSecurityHandlers handlers) {
        this.throttle = throttle;
        this.handlers = handlers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = username(request).flatMap(user -> throttle.retryAfter(user, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        handlers.write(response, request, HttpStatus.TOO_MANY_REQUESTS, "登录失败次数过多，请 " + seconds
                + " 秒后再试；忘记密码请联系管理员 / too many failed logins, retry in " + seconds + " s");
    }

    /** The username this request tries to log in as, if it is a login attempt. */
    private Optional<String> username(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        try {
            return Optional.ofNullable(basic.convert(request)).map(token -> token.getName());
        } catch (RuntimeException malformedHeader) {
            return Optional.empty(); // BasicAuthenticationFilter answers it with 401
        }
    }
}
