package nl.reflectiewerkplaats.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that adds an item (a card, a note, an event, a person,
 * a line...) on behalf of its actor. A participant calling it is held to the
 * {@link ContributionLimits}: so many additions a minute and so many in one meeting.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Addition {
}
