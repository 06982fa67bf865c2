package nl.reflectiewerkplaats.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on the embedded store (a fresh folder per
 * test JVM). Test classes share one context, so each test makes its own data; {@link Given}
 * fields get a new facilitator, case and meeting before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"vaadin.launch-browser=false"})
@Import(TestDataConfiguration.class)
@ExtendWith(GivenExtension.class)
public @interface StoreTest {
}
