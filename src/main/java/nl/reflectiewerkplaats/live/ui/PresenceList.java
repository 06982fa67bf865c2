package nl.reflectiewerkplaats.live.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.avatar.AvatarVariant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceChanged;
import nl.reflectiewerkplaats.live.PresenceRegistry;

/** "Wie is er nu?": the people who have this meeting open, live. */
public class PresenceList extends Div {

    private final Div people = new Div();
    private final Span count = new Span();
    private final Map<String, Person> shown = new HashMap<>();

    public PresenceList(PresenceRegistry registry, CaseBroadcaster broadcaster, String caseId, String meetingId,
                        Actor actor, Presence me) {
        addClassName("rw-presence");
        getElement().setAttribute("aria-live", "polite");
        Span title = new Span(getTranslation("presence.title"));
        title.addClassName("rw-presence-title");
        count.addClassName("rw-presence-count");
        people.addClassName("rw-presence-people");
        add(title, count, people);
        LiveUpdates.bind(this, broadcaster, caseId, actor, PresenceChanged.class, event -> {
            if (event.meetingId().equals(meetingId)) {
                show(event.present());
            }
        });
        LiveUpdates.trackPresence(this, registry, caseId, meetingId, me);
        addAttachListener(e -> show(registry.present(meetingId)));
    }

    /**
     * Brings the list in line with who is present, touching only who came, went or
     * changed: with 50 people in a meeting a join sends one line to each view, not 50.
     */
    private void show(List<Presence> present) {
        count.setText(String.valueOf(present.size()));
        Map<String, Presence> next = new LinkedHashMap<>();
        present.forEach(p -> next.put(p.actorId(), p));
        shown.entrySet().removeIf(e -> {
            Presence now = next.get(e.getKey());
            if (now == null || !now.equals(e.getValue().presence)) {
                people.remove(e.getValue());
                return true;
            }
            return false;
        });
        int index = 0;
        for (Presence p : next.values()) {
            Person line = shown.computeIfAbsent(p.actorId(), id -> new Person(p));
            if (people.getComponentCount() <= index || people.getComponentAt(index) != line) {
                people.addComponentAtIndex(index, line);
            }
            index++;
        }
    }

    /** One present person: avatar, name, role. */
    private final class Person extends Div {
        private final Presence presence;

        Person(Presence p) {
            this.presence = p;
            Avatar avatar = new Avatar(p.displayName());
            avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
            Span name = new Span(p.displayName());
            name.addClassName("rw-presence-name");
            Span role = new Span(p.facilitator() ? getTranslation("presence.facilitator") : p.roleOrOrganisation());
            role.addClassName("rw-presence-role");
            add(avatar, name, role);
            addClassName("rw-presence-person");
        }
    }
}
