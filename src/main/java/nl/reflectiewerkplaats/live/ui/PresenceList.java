package nl.reflectiewerkplaats.live.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.avatar.AvatarVariant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceChanged;
import nl.reflectiewerkplaats.live.PresenceRegistry;

/**
 * "Wie is er nu?": the people who have this meeting open, live. Whoever leads and the
 * viewer come first; in a large meeting only the first {@value #SHOWN_AT_MOST} are
 * lines and a button shows the others on request, so a view of a network session of
 * fifty costs what a view of a meeting of twelve does.
 */
public class PresenceList extends Div {

    static final int SHOWN_AT_MOST = 12;

    private final Div people = new Div();
    private final Span count = new Span();
    private final Button more = new Button();
    private final Map<String, Person> shown = new HashMap<>();
    private final String myId;
    private List<Presence> present = List.of();
    private boolean showAll;

    public PresenceList(PresenceRegistry registry, CaseBroadcaster broadcaster, String caseId, String meetingId,
                        Actor actor, Presence me) {
        addClassName("rw-presence");
        getElement().setAttribute("aria-live", "polite");
        Span title = new Span(getTranslation("presence.title"));
        title.addClassName("rw-presence-title");
        count.addClassName("rw-presence-count");
        people.addClassName("rw-presence-people");
        this.myId = me.actorId();
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        more.addClassName("rw-presence-more");
        more.setVisible(false);
        more.addClickListener(e -> {
            showAll = !showAll;
            show(present);
        });
        add(title, count, people, more);
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
    private void show(List<Presence> all) {
        this.present = all;
        count.setText(String.valueOf(all.size()));
        int hidden = showAll ? 0 : Math.max(0, all.size() - SHOWN_AT_MOST);
        more.setVisible(all.size() > SHOWN_AT_MOST);
        more.setText(showAll ? getTranslation("presence.fewer") : getTranslation("presence.more", hidden));
        // which lines: whoever leads and the viewer always, then the others in the list's order;
        // shown in the list's own order
        Set<String> lines = all.stream()
                .sorted(Comparator.comparingInt(p -> p.facilitator() ? 0 : p.actorId().equals(myId) ? 1 : 2))
                .limit(all.size() - hidden).map(Presence::actorId).collect(Collectors.toSet());
        Map<String, Presence> next = new LinkedHashMap<>();
        all.stream().filter(p -> lines.contains(p.actorId())).forEach(p -> next.put(p.actorId(), p));
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
