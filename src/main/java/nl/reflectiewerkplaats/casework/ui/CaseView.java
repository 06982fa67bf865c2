package nl.reflectiewerkplaats.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.base.ui.PublicUrl;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingPaths;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.privacy.RetentionService;
import nl.reflectiewerkplaats.privacy.ui.CasePrivacySection;
import org.springframework.beans.factory.annotation.Value;

/** One case: its question, its leerbijeenkomsten and their invite links. */
@Route(value = "casussen/:caseId", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final MeetingService meetings;
    private final AccountService accounts;
    private final CaseArchive archive;
    private final RetentionService retention;
    private final List<CasePageLink> instrumentPages;
    private final Actor actor;
    private final String publicUrl;
    private final Div meetingList = new Div();
    private Case current;

    CaseView(CaseService cases, MeetingService meetings, AccountService accounts,
             CurrentActor currentActor, CaseArchive archive, RetentionService retention,
             List<CasePageLink> instrumentPages,
             @Value("${reflectiewerkplaats.public-url:}") String publicUrl) {
        this.cases = cases;
        this.meetings = meetings;
        this.accounts = accounts;
        this.archive = archive;
        this.retention = retention;
        this.instrumentPages = instrumentPages;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        this.publicUrl = PublicUrl.base(publicUrl);
        addClassName("rw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = cases.getCase(actor, event.getRouteParameters().get("caseId").orElse(""));
        removeAll();
        RouterLink back = new RouterLink(getTranslation("nav.cases"), CasesView.class);
        back.addClassName("rw-back");
        H2 title = new H2(current.getPseudonym());
        Paragraph question = new Paragraph(current.getQuestion().isBlank()
                ? getTranslation("cases.noQuestion") : current.getQuestion());
        question.addClassName("rw-case-question");
        meetingList.addClassName("rw-meeting-list");
        HorizontalLayout instruments = instrumentLinks();
        add(back, title, question, instruments, shareForm(), new H3(getTranslation("meetings.title")), newMeetingForm(),
                meetingList, new CasePrivacySection(archive, retention, actor,
                        current.getId(), current.getPseudonym(), () -> getUI().ifPresent(ui -> ui.navigate(CasesView.class))));
        refreshMeetings();
    }

    /** The pages the instrument modules offer for preparing this case, in their order. */
    private HorizontalLayout instrumentLinks() {
        HorizontalLayout links = new HorizontalLayout();
        for (CasePageLink page : instrumentPages) {
            Anchor link = new Anchor(page.href(current.getId()), getTranslation(page.labelKey()));
            if (page.asButton()) {
                link.addClassName("rw-button-link");
            }
            links.add(link);
        }
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        links.getStyle().set("flex-wrap", "wrap");
        return links;
    }

    /** Co-facilitators: who else leads this case (and so may take over a meeting). */
    private HorizontalLayout shareForm() {
        List<FacilitatorAccount> all = accounts.listFacilitators(actor);
        Set<String> leading = new HashSet<>(current.getFacilitatorIds());
        Span who = new Span(getTranslation("cases.ledBy",
                String.join(", ", all.stream().filter(a -> leading.contains(a.getId()))
                        .map(FacilitatorAccount::getDisplayName).toList())));
        who.addClassName("rw-muted");
        Select<FacilitatorAccount> others =
                new Select<>();
        others.setLabel(getTranslation("field.coFacilitator"));
        others.setItems(all.stream().filter(a -> !leading.contains(a.getId())).toList());
        others.setItemLabelGenerator(a -> a.getDisplayName() + " (" + a.getUsername() + ")");
        Button share = new Button(getTranslation("cases.share"), VaadinIcon.USERS.create(), e -> {
            if (others.getValue() != null && Messages.attempt(this,
                    () -> cases.shareWith(actor, current.getId(), others.getValue().getId()))) {
                Messages.showSuccess(getTranslation("cases.shared", others.getValue().getDisplayName()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        HorizontalLayout row = new HorizontalLayout(who, others, share);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        others.setVisible(!others.getListDataView().getItems().toList().isEmpty());
        share.setVisible(others.isVisible());
        return row;
    }

    private HorizontalLayout newMeetingForm() {
        TextField title = new TextField(getTranslation("field.meetingTitle"));
        title.setMaxLength(Meeting.TITLE_MAX_LENGTH);
        title.setPlaceholder(getTranslation("meetings.titlePlaceholder"));
        title.setMinWidth("18em");
        DatePicker date = new DatePicker(getTranslation("field.meetingDate"), DutchTime.today());
        date.setI18n(Dates.dutchPicker());
        date.setLocale(Dates.DUTCH);
        Checkbox network = new Checkbox(
                getTranslation("meetings.network"));
        network.setTooltipText(getTranslation("meetings.networkHelp"));
        Button add = new Button(getTranslation("meetings.new"), VaadinIcon.PLUS.create(), e -> {
            String planned = title.getValue();
            Messages.attemptThen(this, () -> meetings.createMeeting(actor, current.getId(), planned, date.getValue(),
                    network.getValue()), () -> {
                network.clear();
                Inputs.clearAfterAdd(title, planned);
                refreshMeetings();
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, date, network, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("rw-inline-form");
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private void refreshMeetings() {
        meetingList.removeAll();
        List<Meeting> all = meetings.listMeetings(actor, current.getId());
        if (all.isEmpty()) {
            meetingList.add(EmptyState.of(this, "meetings.empty.title", "meetings.empty.text"));
        }
        all.forEach(m -> meetingList.add(meetingCard(m)));
    }

    private Div meetingCard(Meeting meeting) {
        boolean expired = meeting.isInviteOpen() && !meeting.isInviteValid(Instant.now());
        boolean valid = meeting.isInviteOpen() && !expired;
        TextField link = new TextField(getTranslation("meetings.inviteLink"));
        link.setReadOnly(true);
        link.setValue(valid ? inviteUrl(meeting)
                : getTranslation(expired ? "meetings.linkExpired" : "meetings.linkClosed"));
        link.setWidthFull();
        link.addClassName("rw-invite-link");
        Div card = new Div(meetingHead(meeting, expired, valid), link, expiryRow(meeting),
                inviteActions(meeting, valid));
        card.addClassName("rw-meeting-card");
        return card;
    }

    /** Title, date, the state of the invite link and whether it is a network meeting. */
    private HorizontalLayout meetingHead(Meeting meeting, boolean expired, boolean valid) {
        Span title = new Span(meeting.getTitle());
        title.addClassName("rw-meeting-title");
        Span date = new Span(Dates.format(meeting.getDate()));
        date.addClassName("rw-muted");
        Span status = new Span(getTranslation(expired ? "meetings.expired" : valid ? "meetings.open" : "meetings.closed"));
        status.getElement().getThemeList().add(valid ? "badge success" : "badge contrast");
        HorizontalLayout head = new HorizontalLayout(title, date, status);
        if (meeting.isNetwork()) {
            Span network = new Span(getTranslation("meetings.networkBadge"));
            network.getElement().getThemeList().add("badge");
            head.add(network);
        }
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        return head;
    }

    /** Copy, renew, close or reopen the invite link, copy the watch link, open the workspace. */
    private HorizontalLayout inviteActions(Meeting meeting, boolean valid) {
        Button copy = new Button(getTranslation("meetings.copy"), VaadinIcon.COPY_O.create(), e -> {
            getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false",
                    inviteUrl(meeting)).then(Boolean.class, ok -> Messages.showSuccess(getTranslation(
                            Boolean.TRUE.equals(ok) ? "meetings.copied" : "meetings.copyManually")),
                    err -> Messages.showError(getTranslation("meetings.copyManually")));
        });
        copy.setEnabled(valid);
        Button renew = new Button(getTranslation("meetings.renew"), VaadinIcon.REFRESH.create(), e -> {
            Messages.attemptThen(this, () -> meetings.renewInvite(actor, meeting.getId()), () -> {
                Messages.showSuccess(getTranslation("meetings.renewed"));
                refreshMeetings();
            });
        });
        renew.setTooltipText(getTranslation("meetings.renewHelp"));
        Button toggle = new Button(getTranslation(meeting.isInviteOpen() ? "meetings.close" : "meetings.reopen"),
                (meeting.isInviteOpen() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create(), e -> {
            Messages.attemptThen(this, () -> meetings.setInviteOpen(actor, meeting.getId(), !meeting.isInviteOpen()),
                    this::refreshMeetings);
        });
        toggle.setTooltipText(getTranslation("meetings.closeHelp"));
        Anchor open = new Anchor(MeetingPaths.workspace(meeting.getId()), getTranslation("meetings.openWorkspace"));
        open.addClassName("rw-button-link");
        HorizontalLayout actions = new HorizontalLayout(copy, renew, toggle, watchButton(meeting, valid), open);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    /** Makes (or reuses) the read-only watch link and copies it, or shows it when copying is not possible. */
    private Button watchButton(Meeting meeting, boolean valid) {
        Button watch = new Button(getTranslation("meetings.watchLink"), VaadinIcon.EYE.create(), e -> {
            Meeting[] withLink = new Meeting[1];
            if (Messages.attempt(this, () -> withLink[0] = meetings.watchLink(actor, meeting.getId()))) {
                String url = publicUrl + "/" + MeetingPaths.join(withLink[0].getWatchToken());
                getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false", url)
                        .then(Boolean.class, ok -> Messages.showSuccess(getTranslation(Boolean.TRUE.equals(ok)
                                ? "meetings.watchCopied" : "meetings.watchShow", url)),
                                err -> Messages.showSuccess(getTranslation("meetings.watchShow", url)));
            }
        });
        watch.setTooltipText(getTranslation("meetings.watchHelp"));
        watch.setEnabled(valid);
        return watch;
    }

    /** When the invite link ends, and a button that gives it one more day. */
    private HorizontalLayout expiryRow(Meeting meeting) {
        Span expires = new Span(getTranslation("meeting.expires", DateTimeFormatter
                .ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.of("nl")).withZone(MeetingPaths.ZONE)
                .format(meeting.getInviteExpiresAt())));
        expires.addClassName("rw-muted");
        Button extend = new Button(getTranslation("meeting.extend"), VaadinIcon.CLOCK.create(), e -> {
            Instant base = meeting.getInviteExpiresAt().isAfter(Instant.now())
                    ? meeting.getInviteExpiresAt() : Instant.now();
            Messages.attemptThen(this, () -> meetings.setInviteExpiry(actor, meeting.getId(),
                    base.plus(Duration.ofDays(1))), this::refreshMeetings);
        });
        extend.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout expiry = new HorizontalLayout(expires, extend);
        expiry.setAlignItems(FlexComponent.Alignment.BASELINE);
        return expiry;
    }

    private String inviteUrl(Meeting meeting) {
        return publicUrl + "/" + MeetingPaths.join(meeting.getInviteToken());
    }

    @Override
    public String getPageTitle() {
        return (current == null ? "" : current.getPseudonym() + " · ") + getTranslation("app.name");
    }
}
