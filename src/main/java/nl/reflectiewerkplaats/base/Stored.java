package nl.reflectiewerkplaats.base;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.CrudRepository;

/**
 * The few ways services read and write stored items, each with the user-facing
 * message it ends in: an item that is gone ({@link NotFoundException}), a write that
 * lost a race ({@link InvalidInputException}), and an edit of an item someone else
 * changed meanwhile ({@link StaleEditException}, carrying the stored state).
 */
public final class Stored {

    /** How often {@link #update} applies a change again before it gives up. */
    static final int UPDATE_ATTEMPTS = 5;

    private Stored() {
    }

    /** The item with this id, or a {@link NotFoundException} with {@code goneKey}. */
    public static <T, I> T get(CrudRepository<T, I> repository, I id, String goneKey) {
        return found(repository.findById(id), goneKey);
    }

    /** The item a query found, or a {@link NotFoundException} with {@code goneKey}. */
    public static <T> T found(Optional<T> item, String goneKey) {
        return item.orElseThrow(() -> new NotFoundException(goneKey));
    }

    /**
     * Saves the item; if another write came first (a newer version, or a second
     * document where only one may be), nothing is written and the user is told with
     * {@code changedKey} (with its {@code arguments}) to try again.
     */
    public static <T> T save(CrudRepository<T, ?> repository, T item, String changedKey, Object... arguments) {
        try {
            return repository.save(item);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new InvalidInputException(changedKey, arguments);
        }
    }

    /** Refuses an edit that started from another version than the stored one, showing the stored item. */
    public static <T extends VersionedCaseDocument> T checkVersion(T stored, long expectedVersion, String staleKey) {
        if (stored.getVersion() != expectedVersion) {
            throw new StaleEditException(staleKey, stored);
        }
        return stored;
    }

    /**
     * Saves an edited item; if someone changed it since it was read, nothing is
     * written and a {@link StaleEditException} with {@code staleKey} carries the item
     * as {@code current} reads it now.
     */
    public static <T> T saveUnlessStale(CrudRepository<T, ?> repository, T item, String staleKey,
                                        Supplier<? extends T> current) {
        try {
            return repository.save(item);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(staleKey, current.get());
        }
    }

    /** Removes an item unless someone changed it since it was read (then as {@link #saveUnlessStale}). */
    public static <T> void deleteUnlessStale(CrudRepository<T, ?> repository, T item, String staleKey,
                                             Supplier<? extends T> current) {
        try {
            repository.delete(item);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(staleKey, current.get());
        }
    }

    /**
     * Applies a change that does not depend on what the editor saw (a "klaar", a
     * setting): reads the item, changes and saves it; if another write came first,
     * applies the change again to the state that write left. After
     * {@value #UPDATE_ATTEMPTS} lost races the user is told with {@code busyKey}.
     */
    public static <T> T update(CrudRepository<T, ?> repository, Supplier<T> read, Consumer<? super T> change,
                               String busyKey) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            T item = read.get();
            change.accept(item);
            try {
                return repository.save(item);
            } catch (OptimisticLockingFailureException e) {
                // another write came first: apply the change again to the state it left
            }
        }
        throw new InvalidInputException(busyKey);
    }
}
