package nl.reflectiewerkplaats.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.PresenceRegistry;
import nl.reflectiewerkplaats.live.Presence;

/**
 * The one way a view takes live updates: while the component is attached it is
 * subscribed to its case; each event is applied inside {@link UI#access} on the
 * broadcaster's delivery thread (never the writer's), and pushed to the browser.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static <E extends CaseEvent> void bind(Component owner, CaseBroadcaster broadcaster, String caseId,
                                                  Actor actor, Class<E> type, SerializableConsumer<E> handler) {
        CaseBroadcaster.Subscription[] current = new CaseBroadcaster.Subscription[1];
        Runnable subscribe = () -> {
            UI ui = owner.getUI().orElseThrow();
            current[0] = broadcaster.subscribe(caseId, actor, type, event -> {
                try {
                    ui.access(() -> handler.accept(event));
                } catch (UIDetachedException ignored) {
                    // the view closed while the event was on its way
                }
            });
        };
        owner.addAttachListener(e -> subscribe.run());
        owner.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].cancel();
                current[0] = null;
            }
        });
        if (owner.isAttached()) {
            subscribe.run();
        }
    }

    /** Marks the actor present in the meeting while the component is attached. */
    public static void trackPresence(Component owner, PresenceRegistry registry, String caseId, String meetingId,
                                     Presence who) {
        String[] key = new String[1];
        owner.addAttachListener(e -> {
            UI ui = e.getUI();
            key[0] = registry.enter(caseId, meetingId, who, () -> ui.getInternals().getLastHeartbeatTimestamp());
        });
        owner.addDetachListener(e -> {
            if (key[0] != null) {
                registry.leave(key[0]);
                key[0] = null;
            }
        });
    }
}
