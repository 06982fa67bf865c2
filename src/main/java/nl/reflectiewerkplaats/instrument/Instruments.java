package nl.reflectiewerkplaats.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The instruments the modules registered, in the product's order. One instrument may
 * contribute several beans under the same id (its workspace tab, its report section,
 * its case page link); {@link #all(Class)} picks one kind. Read lazily, so a service
 * the instruments themselves use (e.g. the facilitation) can ask it too.
 */
@Component
public class Instruments {

    private static final Comparator<InstrumentKind> ORDER = Comparator.comparingInt(InstrumentKind::order)
            .thenComparing(InstrumentKind::id);

    private final ObjectProvider<InstrumentKind> beans;
    private volatile List<InstrumentKind> all;

    Instruments(ObjectProvider<InstrumentKind> beans) {
        this.beans = beans;
    }

    /** Every registered instrument contribution, in order. */
    public List<InstrumentKind> all() {
        List<InstrumentKind> known = all;
        if (known == null) {
            known = beans.stream().sorted(ORDER).toList();
            all = known;
        }
        return known;
    }

    /** The contributions of one kind (e.g. the workspace's), in order. */
    public <T extends InstrumentKind> List<T> all(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The (first) contribution with this id; empty for an id no module registers (any more). */
    public Optional<InstrumentKind> byId(String id) {
        return all().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The instrument a round with this topic belongs to; empty for a topic no instrument owns. */
    public Optional<InstrumentKind> forTopic(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        return all().stream().filter(i -> i.ownsTopic(topic)).findFirst();
    }
}
