package nl.reflectiewerkplaats.solo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.base.ui.PublicUrl;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.casework.ui.InstrumentCasePage;
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.solo.SoloEvents;
import nl.reflectiewerkplaats.solo.SoloReflectionService;
import nl.reflectiewerkplaats.solo.SoloReflectionService.InvitationView;
import org.springframework.beans.factory.annotation.Value;

/**
 * The facilitator's page for solo reflection in one case: invite a participant by a
 * personal link, see the links made and until when they work, revoke one. Never shows
 * what anyone wrote.
 */
@Route(value = "casussen/:" + CasePageLink.CASE_ID + "/zelf-reflecteren", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class SoloInvitationsPage extends InstrumentCasePage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Dates.DUTCH);

    private final SoloReflectionService service;
    private final CardCatalog catalog;
    private final CaseBroadcaster broadcaster;
    private final String publicUrl;

    SoloInvitationsPage(CaseService cases, CurrentActor currentActor, SoloReflectionService service,
                        CardCatalog catalog, CaseBroadcaster broadcaster,
                        @Value("${reflectiewerkplaats.public-url:}") String publicUrl) {
        super(cases, currentActor, "solo.prepare.title");
        this.service = service;
        this.catalog = catalog;
        this.broadcaster = broadcaster;
        this.publicUrl = PublicUrl.base(publicUrl);
    }

    @Override
    protected Component content(Actor actor, Case theCase) {
        String caseId = theCase.getId();
        Div page = new Div();
        page.addClassName("rw-solo-invitations");
        page.add(new Paragraph(getTranslation("solo.prepare.intro")));

        List<Participant> candidates = service.candidates(actor, caseId);
        Div made = new Div();
        Div list = new Div();
        list.addClassName("rw-solo-invitation-list");
        if (candidates.isEmpty()) {
            page.add(new Paragraph(getTranslation("solo.prepare.noCandidates")));
        } else {
            Select<Participant> who = new Select<>();
            who.setLabel(getTranslation("solo.prepare.participant"));
            who.setItems(candidates);
            who.setItemLabelGenerator(p -> p.getDisplayName() + " (" + p.getRoleOrOrganisation() + ")");
            who.addClassName("rw-solo-who");
            CheckboxGroup<TensionField> fields = new CheckboxGroup<>(getTranslation("solo.prepare.fields"));
            fields.setItems(catalog.tensionFields());
            fields.setItemLabelGenerator(f -> f.number() + ". " + f.title());
            fields.addClassName("rw-solo-fields");
            Button invite = new Button(getTranslation("solo.prepare.invite"));
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invite.addClassName("rw-solo-invite");
            invite.addClickListener(e -> {
                List<String> chosen = catalog.tensionFields().stream().filter(fields.getValue()::contains)
                        .map(TensionField::id).toList();
                String participantId = who.getValue() == null ? "" : who.getValue().getId();
                Messages.attempt(this, () -> service.invite(actor, caseId, participantId, chosen), link -> {
                    made.removeAll();
                    TextField url = new TextField(getTranslation("solo.prepare.link", link.invitation().getOwnerName()));
                    url.setReadOnly(true);
                    url.setWidthFull();
                    url.setValue(publicUrl + "/" + SoloReflectionService.path(link.token()));
                    url.addClassName("rw-solo-link");
                    made.add(url);
                    showList(list, actor, caseId);
                });
            });
            Div form = new Div(who, fields, invite);
            form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                    .set("max-width", "36rem");
            page.add(form, made);
        }
        page.add(new H3(getTranslation("solo.prepare.list")), list);
        showList(list, actor, caseId);
        LiveUpdates.bind(list, broadcaster, caseId, actor, SoloEvents.InvitationsChanged.class,
                e -> showList(list, actor, caseId));
        return page;
    }

    private void showList(Div list, Actor actor, String caseId) {
        list.removeAll();
        List<InvitationView> invitations = service.invitations(actor, caseId);
        if (invitations.isEmpty()) {
            list.add(new Paragraph(getTranslation("solo.prepare.none")));
            return;
        }
        for (InvitationView v : invitations) {
            String fieldNumbers = v.fieldIds().stream()
                    .map(id -> catalog.tensionField(id).map(f -> String.valueOf(f.number())).orElse("?"))
                    .collect(Collectors.joining(", "));
            LocalDateTime until = LocalDateTime.ofInstant(v.expiresAt(), DutchTime.ZONE);
            String state = v.revoked() ? getTranslation("solo.prepare.state.revoked")
                    : v.valid() ? getTranslation("solo.prepare.state.valid",
                    Dates.format(until.toLocalDate()) + " " + until.format(TIME))
                    : getTranslation("solo.prepare.state.expired");
            Div row = new Div(new Span(getTranslation("solo.prepare.row", v.ownerName(),
                    getTranslation("solo.prepare.fields") + " " + fieldNumbers, state)));
            row.addClassName("rw-solo-invitation");
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                    .set("padding", "var(--lumo-space-xs) 0");
            if (v.valid()) {
                Button revoke = new Button(getTranslation("solo.prepare.revoke"));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                revoke.addClassName("rw-solo-revoke");
                revoke.addClickListener(e -> Messages.attemptThen(this, () -> service.revoke(actor, caseId, v.id()),
                        () -> {
                            Messages.showSuccess(getTranslation("solo.prepare.revoked"));
                            showList(list, actor, caseId);
                        }));
                row.add(revoke);
            }
            list.add(row);
        }
    }
}
