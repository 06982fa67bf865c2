package nl.reflectiewerkplaats.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test against the whole application served on a free port, for what a plain HTTP or
 * WebSocket client sees. The classes that extend it share one context (with its own
 * store folder, beside the shared test context's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.launch-browser=false"})
@Import(TestDataConfiguration.class)
public abstract class WebServerTest {

    @DynamicPropertySource
    static void ownStore(DynamicPropertyRegistry registry) {
        registry.add("reflectiewerkplaats.data-dir", () -> TestStore.newFolder("rw-web-server").toString());
    }

    @LocalServerPort
    protected int port;
}
