package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.RequestOrigin;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * What the browser may load and run. Vaadin's client needs inline and evaluated
     * scripts (its bootstrap and {@code executeJs}) and inline styles; everything else
     * comes from this origin only, and no other site may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self' ws: wss:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager passwordCheck, LoginThrottle throttle,
                                           RequestOrigin origin,
                                           AccountService accounts) throws Exception {
        // the form login Vaadin sets up (POST /login) checks passwords through the same
        // throttled manager as the login view; over the limit it is answered 429 before
        // Spring's filter even looks (configuring formLogin here would replace Vaadin's page)
        http.authenticationManager(passwordCheck);
        http.addFilterBefore(new TooManyAttemptsFilter(throttle, origin, accounts),
                UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/styles/**",
                "/components/**").permitAll());
        // liveness and readiness for the load balancer (no details); every other actuator endpoint stays unexposed
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                .frameOptions(f -> f.deny())
                // Vaadin serves pages through a forward to its servlet; headers written
                // only "on commit" would be lost on the way, so write them up front
                .addObjectPostProcessor(new ObjectPostProcessor<
                        HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            // unknown addresses reach Vaadin, which shows a Dutch "page not found" instead of a bare 403
            vaadin.anyRequest(any -> any.authenticated());
        });
        return http.build();
    }

    /**
     * Checks passwords for the login view's first step and for Spring's form login
     * alike, behind the login throttle; roles are granted only after the second step.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountService users,
                                                PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                                RequestOrigin origin) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledPasswordCheck(provider, throttle, origin, users));
    }

    /**
     * A direct {@code POST /login} for a username or from an address over the login
     * throttle's limit is answered 429 with a Dutch text; the password is not checked.
     * (The throttled manager would refuse it too, but with the same redirect as a wrong
     * password.)
     */
    static final class TooManyAttemptsFilter extends OncePerRequestFilter {
        private final LoginThrottle throttle;
        private final RequestOrigin origin;
        private final AccountService accounts;

        TooManyAttemptsFilter(LoginThrottle throttle, RequestOrigin origin,
                              AccountService accounts) {
            this.throttle = throttle;
            this.origin = origin;
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request,
                                        HttpServletResponse response,
                                        FilterChain chain)
                throws ServletException, IOException {
            String username = LoginThrottle.normalise(request.getParameter("username"));
            if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                    && !throttle.allows(username,
                    request.getRemoteAddr() != null ? request.getRemoteAddr() : origin.currentAddress().orElse("?"))) {
                accounts.recordLoginFailure(username, true);
                response.setStatus(429);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw.");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Argon2/bcrypt-style adaptive hashing via Spring's delegating encoder (bcrypt by default). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
