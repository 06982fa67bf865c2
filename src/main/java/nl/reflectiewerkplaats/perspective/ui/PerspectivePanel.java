package nl.reflectiewerkplaats.perspective.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.function.Supplier;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.perspective.BackpackService;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundChanged;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.notes.SharedNoteService;

/**
 * Werkkaart 5, the perspectiefwissel, in its three ways: two groups, the rugzak, and
 * roles. A round opened by the facilitator takes everyone to its way.
 */
public class PerspectivePanel extends Div {

    /** Someone in the meeting, as the facilitator can link them to a role or put them in a group. */
    public record Person(String participantId, String name) {
    }

    public PerspectivePanel(PerspectiveService roles, GroupsService groups, BackpackService backpack, RoundService rounds,
                            SharedNoteService notes, CaseBroadcaster broadcaster, SessionContext context,
                            Supplier<List<Person>> people) {
        addClassName("rw-perspective-panel");
        Span kicker = new Span(getTranslation("cards.werkkaartNumber", 5));
        kicker.addClassName("rw-kicker");
        Paragraph intro = new Paragraph(getTranslation("perspective.intro"));
        intro.addClassName("rw-intro");

        TabSheet ways = new TabSheet();
        ways.addClassName("rw-ways");
        Tab groupsTab = ways.add(getTranslation("perspective.way1"),
                new GroupsWay(groups, rounds, notes, broadcaster, context, people));
        ways.add(getTranslation("perspective.way2"),
                new BackpackWay(backpack, broadcaster, context, people));
        Tab rolesTab = ways.add(getTranslation("perspective.way3"),
                new RolesWay(roles, rounds, notes, broadcaster, context, people));
        // on every attach: a round may have started while this tab was hidden
        addAttachListener(e -> rounds.current(context.actor(), context.caseId(), context.meetingId())
                .ifPresent(r -> select(ways, r, groupsTab, rolesTab)));
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), RoundChanged.class, e -> {
            if (context.meetingId().equals(e.round().getMeetingId()) && e.round().getPhase() == Round.Phase.ANSWERING) {
                select(ways, e.round(), groupsTab, rolesTab);
            }
        });
        add(kicker, new H3(getTranslation("perspective.title")), intro, ways);
    }

    private static void select(TabSheet ways, Round round, Tab groupsTab, Tab rolesTab) {
        if (PerspectiveService.ROUND.owns(round)) {
            ways.setSelectedTab(rolesTab);
        } else if (GroupsService.ROUND.owns(round)) {
            ways.setSelectedTab(groupsTab);
        }
    }
}
