package nl.reflectiewerkplaats.live.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.live.ChangeKind;

/**
 * The versioned items a view shows, by id, kept current by one's own saves and by live
 * changes: a change never replaces a newer version already shown (one's own save and
 * the live message about it can arrive in either order).
 *
 * @param <T> a stored item with an id and a version
 */
public final class LiveItems<T> implements Serializable {

    private final Map<String, T> items = new LinkedHashMap<>();
    private final SerializableFunction<T, String> id;
    private final SerializableFunction<T, Long> version;

    public LiveItems(SerializableFunction<T, String> id, SerializableFunction<T, Long> version) {
        this.id = id;
        this.version = version;
    }

    /** Everything afresh, e.g. after loading from the store. */
    public void reset(Collection<T> loaded) {
        items.clear();
        loaded.forEach(item -> items.put(id.apply(item), item));
    }

    /**
     * Takes the item unless a newer version of it is shown already.
     *
     * @return whether it was taken
     */
    public boolean upsert(T item) {
        T known = items.get(id.apply(item));
        if (known != null && version.apply(known) > version.apply(item)) {
            return false;
        }
        items.put(id.apply(item), item);
        return true;
    }

    /** @return the item that was shown, or null when it was not */
    public T remove(String itemId) {
        return items.remove(itemId);
    }

    /**
     * Applies one change: an added or changed item that was taken goes to {@code shown},
     * a removed item that was shown goes to {@code removed}.
     *
     * @return whether anything changed
     */
    public boolean apply(ChangeKind kind, T item, SerializableConsumer<T> shown, SerializableConsumer<T> removed) {
        if (kind == ChangeKind.REMOVED) {
            if (remove(id.apply(item)) == null) {
                return false;
            }
            removed.accept(item);
            return true;
        }
        if (!upsert(item)) {
            return false;
        }
        shown.accept(item);
        return true;
    }

    public T get(String itemId) {
        return items.get(itemId);
    }

    public boolean contains(String itemId) {
        return items.containsKey(itemId);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** In the order they were first shown. */
    public List<T> list() {
        return List.copyOf(items.values());
    }
}
