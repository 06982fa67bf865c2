package nl.reflectiewerkplaats.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.CrudRepository;

/**
 * The helpers' promises, with a repository that loses races on demand (the services'
 * own tests show the same on the real store): which message the user gets, and that
 * a retried change lands on the state the other write left.
 */
class StoredTests {

    /** A stored list of words, as a document read fresh from the store each time. */
    static final class Words {
        final List<String> words;

        Words(List<String> words) {
            this.words = new ArrayList<>(words);
        }
    }

    @SuppressWarnings("unchecked")
    private static CrudRepository<Words, String> repository() {
        return mock(CrudRepository.class);
    }

    @Test
    void aMissingItemIsNotFoundWithTheGivenMessage() {
        CrudRepository<Words, String> repository = repository();
        when(repository.findById("x")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> Stored.get(repository, "x", "error.card.gone"))
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.card.gone");
    }

    @Test
    void aLostRaceOrASecondDocumentBecomesAChangedMeanwhileMessage() {
        CrudRepository<Words, String> repository = repository();
        when(repository.save(any())).thenThrow(new OptimisticLockingFailureException("newer"))
                .thenThrow(new DuplicateKeyException("twice"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> Stored.save(repository, new Words(List.of("a")), "error.art.changedMeanwhile"))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.art.changedMeanwhile");
        }
    }

    @Test
    void aStaleEditCarriesTheItemAsItIsStoredNow() {
        CrudRepository<Words, String> repository = repository();
        Words now = new Words(List.of("theirs"));
        when(repository.save(any())).thenThrow(new OptimisticLockingFailureException("newer"));
        assertThatThrownBy(() -> Stored.saveUnlessStale(repository, new Words(List.of("mine")), "error.card.stale",
                () -> now))
                .isInstanceOfSatisfying(StaleEditException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.card.stale");
                    assertThat(e.<Words>current().words).containsExactly("theirs");
                });
    }

    @Test
    void anUpdateIsAppliedAgainToTheStateTheOtherWriteLeft() {
        CrudRepository<Words, String> repository = repository();
        AtomicInteger reads = new AtomicInteger();
        // the first read is overtaken by another writer who added "theirs"
        when(repository.save(any())).thenThrow(new OptimisticLockingFailureException("newer"))
                .thenAnswer(call -> call.getArgument(0));
        Words saved = Stored.update(repository,
                () -> reads.getAndIncrement() == 0 ? new Words(List.of()) : new Words(List.of("theirs")),
                w -> w.words.add("mine"), "error.agenda.busy");
        assertThat(saved.words).containsExactly("theirs", "mine");
        verify(repository, times(2)).save(any());
    }

    @Test
    void anUpdateThatKeepsLosingGivesUpWithTheBusyMessage() {
        CrudRepository<Words, String> repository = repository();
        when(repository.save(any())).thenThrow(new OptimisticLockingFailureException("newer"));
        assertThatThrownBy(() -> Stored.update(repository, () -> new Words(List.of()), w -> w.words.add("mine"),
                "error.agenda.busy"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.agenda.busy");
        verify(repository, times(Stored.UPDATE_ATTEMPTS)).save(any());
    }
}
