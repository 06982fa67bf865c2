package nl.reflectiewerkplaats.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a stored type of case data goes into the whole-case export (AVG/GDPR): every
 * stored type of case data declares it, so a new instrument decides at once what of
 * it may leave the server in an export (a test keeps every stored type declared). The
 * export applies the same rule as the screens: what no one may see in the app, the
 * export leaves out too, and says so.
 *
 * <p>Field names are those of the stored document (the Java field names).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExportRule {

    /**
     * Secrets that give access but are no case content (invite and watch tokens,
     * person keys): never exported.
     */
    String[] secretFields() default {};

    /**
     * For a private answer in a "private, then reveal" round: the field holding the
     * round's id. Such a document is exported only once its round was revealed; in an
     * anonymous round its {@link #ownerFields} are left out (and the order and ids that
     * could say who answered).
     */
    String roundField() default "";

    /**
     * With a {@link #roundField}: whether the document is private until the reveal (an
     * answer). If not (e.g. the roles of a roles round, open to all), it is always
     * exported, but its {@link #ownerFields} only once its round was revealed with names.
     */
    boolean hiddenUntilReveal() default true;

    /** The fields that say who made the document (id, name) and when (times that match the access log). */
    String[] ownerFields() default {};

    /**
     * For something private to its owner unless they share it (e.g. a self-assessment):
     * the boolean field that says it was shared. Only shared documents are exported.
     */
    String sharedField() default "";

    /**
     * Kept for its owner alone (e.g. a place chosen at home in a solo reflection): no one
     * else ever sees the document as such, so it is never exported. What the owner brings
     * into a meeting becomes another document with its own rule.
     */
    boolean ownerOnly() default false;

    /**
     * The owner is never shown in the app, only counted (e.g. "in welke strofe zitten
     * wij?"): the {@link #ownerFields} are always left out.
     */
    boolean onlyCounted() default false;
}
