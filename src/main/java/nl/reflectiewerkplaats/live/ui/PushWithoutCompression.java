package nl.reflectiewerkplaats.live.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Opens the push connection without permessage-deflate. A push carries one small change
 * (a dream card is about 2 KB), and compression cost each open view a deflater and an
 * inflater for as long as it is open (about 40 KB of heap and a few hundred KB of native
 * zlib state) and CPU on every push. Tomcat 11 offers the extension to every WebSocket
 * and has no switch for it, so the browser's offer is taken out of the upgrade request.
 */
@Configuration(proxyBeanMethods = false)
class PushWithoutCompression {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<Filter> pushWithoutCompressionFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(PushWithoutCompression::filter);
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getHeader(EXTENSIONS) != null) {
            chain.doFilter(new WithoutExtensions(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {
        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
