package nl.reflectiewerkplaats.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browserless view test ({@link KaribuSupport}) on the whole application and the
 * embedded store: a fresh mocked Vaadin session for each test, gone after it, and the
 * {@link Given} fields filled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@StoreTest
@ExtendWith(KaribuExtension.class)
public @interface KaribuViewTest {
}
