package com.voiceqa.web.security;

import com.voiceqa.web.api.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;

/**
 * Security answers as JSON for the dashboard and scripts: no login page redirects and no {@code WWW-Authenticate}
 * header (which would make browsers pop up their own login dialog over the dashboard's).
 */
@Component
public class JsonSecurityHandlers {

    private final JsonMapper json;
    private final LoginAnswer loginAnswer;

    public JsonSecurityHandlers(JsonMapper json, LoginAnswer loginAnswer) {
        this.json = json;
        this.loginAnswer = loginAnswer;
    }

    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, request, HttpStatus.UNAUTHORIZED,
                "log in first: POST /login (form fields username, password) or send HTTP Basic credentials");
    }

    public AccessDeniedHandler denied() {
        return (request, response, e) -> write(response, request, HttpStatus.FORBIDDEN,
                "your role may not do this; ask an administrator");
    }

    public AuthenticationSuccessHandler loggedIn() {
        return (request, response, authentication) -> {
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), loginAnswer.of(principal(authentication)));
        };
    }

    public AuthenticationFailureHandler loginFailed() {
        return (request, response, e) -> write(response, request, HttpStatus.UNAUTHORIZED,
                "用户名或密码错误 / wrong username or password");
    }

    private static CurrentUser principal(Authentication authentication) {
        return (CurrentUser) authentication.getPrincipal();
    }

    /** Answers with the API's JSON error body (docs/api.md, "Errors"). */
    void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message,
                request.getRequestURI(), Instant.now(), null));
    }
}
