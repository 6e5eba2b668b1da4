package com.voiceqa.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;

/**
 * HTTP Basic (scripts) and a form-login session (the dashboard) on the same endpoints. Everything under {@code /api},
 * the actuator and the OpenAPI docs need a login; role rules are on the controllers ({@code @PreAuthorize}) and row
 * visibility in {@link VisibilityScope}. Against CSRF the session cookie is SameSite=Strict and
 * {@link SameOriginWrites} refuses state-changing requests a browser marks as cross-origin (a sibling subdomain is the
 * same site), so Spring's CSRF tokens are off and Basic-auth scripts need none. {@link LoginThrottleFilter} slows
 * password guessing; the Content-Security-Policy lets the pages run only the product's own scripts.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    /**
     * Scripts, styles, data and media only from this server; no inline or injected script, no plugins, no framing.
     * Inline styles stay allowed: ECharts and Swagger UI position their elements with style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonSecurityHandlers handlers, LoginThrottle throttle)
            throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SameOriginWrites(handlers), LogoutFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, handlers), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers.unauthenticated()))
                // The dashboard's own (Chinese) page, not Spring's generated English form.
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                        .successHandler(handlers.loggedIn())
                        .failureHandler(handlers.loginFailed())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers.unauthenticated())
                        .accessDeniedHandler(handlers.denied()))
                .build();
    }

    /** BCrypt through the delegating encoder, so stored hashes name their algorithm and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
