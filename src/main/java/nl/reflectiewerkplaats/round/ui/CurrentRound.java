package nl.reflectiewerkplaats.round.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableSupplier;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundChanged;
import nl.reflectiewerkplaats.round.RoundFollow;

/** How an instrument's view follows the meeting's rounds live, by the one rule of {@link RoundFollow}. */
public final class CurrentRound {

    private CurrentRound() {
    }

    /**
     * While {@code view} is attached, applies every change of a round of the meeting:
     * a new state of the shown round in the same phase goes to {@code update}; a round
     * to show goes to {@code show}, and {@code show(null)} when no round is to be shown.
     *
     * @param handled whether the view's instrument handles rounds like this one
     * @param shown   the round the view shows now, or null
     */
    public static void follow(Component view, CaseBroadcaster broadcaster, String caseId, Actor actor, String meetingId,
                              SerializablePredicate<Round> handled, SerializableSupplier<Round> shown,
                              SerializableConsumer<Round> update, SerializableConsumer<Round> show) {
        LiveUpdates.bind(view, broadcaster, caseId, actor, RoundChanged.class, e -> {
            Round changed = e.round();
            if (!meetingId.equals(changed.getMeetingId())) {
                return;
            }
            switch (RoundFollow.of(shown.get(), changed, handled.test(changed))) {
                case UPDATE -> update.accept(changed);
                case SHOW -> show.accept(changed);
                case CLEAR -> show.accept(null);
                case KEEP -> { }
            }
        });
    }
}
