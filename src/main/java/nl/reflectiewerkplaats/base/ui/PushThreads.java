package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.server.VaadinServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads that write push messages to the browsers (Atmosphere's shared "async write"
 * pool, under Vaadin's push) may end when they have been idle for a while.
 *
 * <p>Atmosphere makes that pool a fixed pool of 200 threads whose threads never end: every
 * push made while fewer than 200 exist starts a new one, so a server that has pushed a few
 * hundred changes keeps 200 idle platform threads (each with its own buffers) for good —
 * measured: 55 threads in the app with no participant, 252 once 20 had joined, 197 of them
 * "Atmosphere-Shared-". The pool keeps its size of 200 (a browser on a bad connection may
 * hold a writer for a while, and the others must not wait for it); only idle threads end.
 * The settings are Atmosphere's own init parameters, given to Vaadin's servlet.
 */
@Configuration(proxyBeanMethods = false)
class PushThreads {

    /** Seconds an idle push writer thread stays. */
    static final String KEEP_IDLE_SECONDS = "30";

    @Bean
    static BeanPostProcessor pushWriterThreadsEnd() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof VaadinServlet) {
                    registration.addInitParameter("org.atmosphere.cpr.allowCoreThreadTimeOut", "true");
                    registration.addInitParameter("org.atmosphere.cpr.threadPool.maxKeepAliveThreads", KEEP_IDLE_SECONDS);
                }
                return bean;
            }
        };
    }
}
