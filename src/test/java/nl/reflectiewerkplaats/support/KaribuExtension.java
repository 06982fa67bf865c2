package nl.reflectiewerkplaats.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** A mocked Vaadin session on the test's Spring context for each test, torn down after it. */
public final class KaribuExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        KaribuSupport.setUp(SpringExtension.getApplicationContext(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        KaribuSupport.tearDown();
    }
}
