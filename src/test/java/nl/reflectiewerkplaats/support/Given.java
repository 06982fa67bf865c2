package nl.reflectiewerkplaats.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a {@link StoreTest} that {@link GivenExtension} fills before each test
 * with a fresh one, made through the real services: an {@code Actor.Facilitator}, a
 * {@code Case} of that facilitator, or a {@code Meeting} of that case. Fields of one test
 * belong together: the meeting is of the case, the case is led by the facilitator.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Given {
}
