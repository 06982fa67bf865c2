package nl.reflectiewerkplaats.live.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceChanged;
import nl.reflectiewerkplaats.live.PresenceRegistry;

/** "Wie is er nu?": the people who have this meeting open, live. */
public class PresenceList extends Div {

    private final Div people = new Div();
    private final Span count = new Span();

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

    private void show(List<Presence> present) {
        people.removeAll();
        count.setText(String.valueOf(present.size()));
        for (Presence p : present) {
            Avatar avatar = new Avatar(p.displayName());
            avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
            Span name = new Span(p.displayName());
            name.addClassName("rw-presence-name");
            Span role = new Span(p.facilitator() ? getTranslation("presence.facilitator") : p.roleOrOrganisation());
            role.addClassName("rw-presence-role");
            Div person = new Div(avatar, name, role);
            person.addClassName("rw-presence-person");
            people.add(person);
        }
    }
}
