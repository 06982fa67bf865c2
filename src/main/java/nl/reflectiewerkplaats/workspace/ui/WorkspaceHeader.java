package nl.reflectiewerkplaats.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingPaths;

/**
 * The session view's header: the case's pseudonym, the meeting, who you are here; for
 * whoever leads the report and the way back to the case, for a participant "dit ben
 * ik niet" (a shared device).
 */
final class WorkspaceHeader extends Header {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    WorkspaceHeader(WorkspaceMeetings.Session session, CurrentActor currentActor, WorkspaceMeetings meetings) {
        addClassName("rw-workspace-header");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("rw-brand");
        add(brand, titles(session), who(session, currentActor, meetings));
    }

    private Div titles(WorkspaceMeetings.Session session) {
        Meeting meeting = session.meeting();
        Span caseName = new Span(getTranslation("workspace.case", session.context().casePseudonym()));
        caseName.addClassName("rw-workspace-case");
        Span date = new Span(DATE.format(meeting.getDate()));
        date.addClassName("rw-muted");
        Div titles = new Div(caseName, new H1(meeting.getTitle()), date);
        if (meeting.isNetwork()) {
            Span network = new Span(getTranslation("workspace.network"));
            network.getElement().getThemeList().add("badge");
            network.getStyle().set("margin-left", "var(--lumo-space-s)");
            titles.add(network);
        }
        titles.addClassName("rw-workspace-titles");
        return titles;
    }

    private Div who(WorkspaceMeetings.Session session, CurrentActor currentActor, WorkspaceMeetings meetings) {
        Actor actor = session.actor();
        boolean moderator = session.context().moderator();
        Div who = new Div(new Span(getTranslation(actor.watcher() ? "workspace.youWatch"
                : moderator ? "workspace.youLead" : "workspace.you", actor.displayName())));
        who.addClassName("rw-workspace-you");
        if (moderator) {
            Anchor back = new Anchor("casussen/" + session.context().caseId(), getTranslation("workspace.backToCase"));
            who.add(reportLink(session, meetings), back);
        }
        if (actor instanceof Actor.Facilitator) {
            currentActor.rememberFacilitatorMeeting(session.meetingId());
        } else if (actor instanceof Actor.Participant) {
            // a shared device: whoever uses it now starts as a new participant
            String link = actor.watcher() ? session.meeting().getWatchToken() : session.meeting().getInviteToken();
            Button notMe = new Button(getTranslation("workspace.notMe"), e -> {
                currentActor.forgetPerson();
                getUI().ifPresent(ui -> ui.navigate(MeetingPaths.join(link)));
            });
            notMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            notMe.addClassName("rw-not-me");
            who.add(notMe);
        }
        return who;
    }

    private Anchor reportLink(WorkspaceMeetings.Session session, WorkspaceMeetings meetings) {
        String fileName = "verslag-" + session.meeting().getDate() + ".pdf";
        Anchor report = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] pdf = meetings.report(session.actor(), session.meetingId());
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), getTranslation("workspace.report"));
        report.getElement().setAttribute("download", true);
        report.addClassName("rw-report-link");
        return report;
    }
}
