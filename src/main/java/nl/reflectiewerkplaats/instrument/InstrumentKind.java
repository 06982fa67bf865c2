package nl.reflectiewerkplaats.instrument;

/**
 * One instrument (werkvorm) of the product, as its own module contributes it: the
 * workspace tab, the report section and the case page link of an instrument are beans
 * of subtypes of this, registered by the instrument's module. The {@link Instruments}
 * registry lists them; nothing else needs to know an instrument by name.
 */
public interface InstrumentKind {

    /**
     * The stable id, stored in agendas (e.g. {@code "DREAM"}); never change it for an
     * existing instrument.
     */
    String id();

    /** The message key of the instrument's name, e.g. {@code "instrument.DREAM"}. */
    String labelKey();

    /** Where the instrument stands among the others (tabs, lists): lower comes first. */
    int order();

    /**
     * Whether a round with this topic is this instrument's, so opening it takes the
     * group there. Each owner checks its own topic constant; none by default.
     */
    default boolean ownsTopic(String topic) {
        return false;
    }
}
