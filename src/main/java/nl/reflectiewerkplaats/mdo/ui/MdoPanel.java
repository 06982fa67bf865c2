package nl.reflectiewerkplaats.mdo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.mdo.Consent;
import nl.reflectiewerkplaats.mdo.ConsentChanged;
import nl.reflectiewerkplaats.mdo.MdoConsent;
import nl.reflectiewerkplaats.mdo.MdoGuide;
import nl.reflectiewerkplaats.mdo.MdoService;
import org.jspecify.annotations.Nullable;

/**
 * The MDO in six steps for everyone in the meeting, and its consent: whoever leads
 * records it, everyone sees what was recorded (live).
 */
class MdoPanel extends Div {

    private final MdoService service;
    private final SessionContext context;
    private final Paragraph consentLine = new Paragraph();
    private final RadioButtonGroup<Consent.AgeGroup> ageGroup = new RadioButtonGroup<>();
    private final TextField givenBy = new TextField();
    private final DatePicker givenOn = Dates.dutch(new DatePicker());
    private final Checkbox childTakesPart = new Checkbox();
    private final Checkbox parentsTakePart = new Checkbox();
    private long version = Consent.NONE;
    /** The consent the form was last filled with (null: the form's starting values). */
    private @Nullable Consent filled;

    MdoPanel(MdoService service, MdoGuide guide, CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.context = context;
        addClassName("rw-mdo");
        getStyle().set("max-width", "60rem");
        Paragraph intro = new Paragraph(guide.intro());
        intro.addClassName("rw-intro");
        OrderedList steps = new OrderedList();
        for (MdoGuide.Step step : guide.steps()) {
            Span title = new Span(step.title() + ": ");
            title.getStyle().set("font-weight", "600");
            Paragraph hint = new Paragraph(step.hint());
            hint.addClassName("rw-muted");
            hint.getStyle().set("margin", "0 0 var(--lumo-space-s)");
            steps.add(new ListItem(title, new Span(step.question()), hint));
        }
        H4 consentTitle = new H4(getTranslation("mdo.consent.title"));
        Paragraph rule = new Paragraph(guide.consent());
        rule.addClassName("rw-muted");
        consentLine.addClassName("rw-mdo-consent");
        Paragraph source = new Paragraph(getTranslation("cards.source", guide.source().publication(),
                guide.source().section()));
        source.addClassName("rw-source");
        add(new H3(guide.title()), intro, steps, consentTitle, rule, consentLine);
        if (context.moderator()) {
            add(consentForm());
        }
        add(source);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), ConsentChanged.class,
                e -> { if (e.consent().meetingId().equals(context.meetingId())) showChanged(e.consent()); });
        addAttachListener(e -> show(service.consent(context.actor(), context.caseId(), context.meetingId())
                .orElse(null)));
    }

    private Div consentForm() {
        ageGroup.setLabel(getTranslation("field.mdo.ageGroup"));
        ageGroup.setItems(Consent.AgeGroup.values());
        ageGroup.setItemLabelGenerator(a -> getTranslation("mdo.age." + a));
        givenBy.setLabel(getTranslation("field.mdo.givenBy"));
        givenBy.setMaxLength(MdoConsent.GIVEN_BY_MAX_LENGTH);
        givenBy.setHelperText(getTranslation("mdo.consent.givenByHelp"));
        givenOn.setLabel(getTranslation("field.mdo.givenOn"));
        givenOn.setMax(DutchTime.today());
        givenOn.setValue(DutchTime.today());
        childTakesPart.setLabel(getTranslation("mdo.childTakesPart"));
        parentsTakePart.setLabel(getTranslation("mdo.parentsTakePart"));
        Button save = new Button(getTranslation("mdo.consent.save"), e -> Messages.attempt(this, () -> {
                    try {
                        return service.recordConsent(context.actor(), context.caseId(),
                                context.meetingId(), ageGroup.getValue(),
                                ageGroup.getValue() == null ? null : ageGroup.getValue().requiredGiver(),
                                givenBy.getValue(), givenOn.getValue(), childTakesPart.getValue(),
                                parentsTakePart.getValue(), version);
                    } catch (StaleEditException stale) {
                        // what is stored now comes into the form; the message asks to look and save again
                        service.consent(context.actor(), context.caseId(), context.meetingId()).ifPresent(this::show);
                        throw stale;
                    }
                },
                saved -> {
                    show(saved);
                    Messages.showSuccess(getTranslation("mdo.consent.saved"));
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(ageGroup, givenBy, givenOn, new Div(childTakesPart, parentsTakePart), save);
        form.addClassName("rw-role-form");
        return form;
    }

    /** Shows the recorded consent (or that there is none yet) and fills the form with it. */
    private void show(@Nullable Consent consent) {
        if (consent == null) {
            consentLine.setText(getTranslation("mdo.consent.none"));
            return;
        }
        showLine(consent);
        fill(consent);
    }

    /**
     * Someone else recorded the consent: the line says so at once; the form follows only
     * while nobody changed it here. Else what was entered here stays, with its version, so
     * saving it is refused with "changed meanwhile" instead of overwriting theirs unseen.
     */
    private void showChanged(Consent consent) {
        showLine(consent);
        if (!changedHere()) {
            fill(consent);
        }
    }

    private void showLine(Consent consent) {
        consentLine.setText(getTranslation("mdo.consent.given", consent.givenBy(),
                getTranslation("mdo.giver." + consent.giver()), Dates.format(consent.givenOn()))
                + " " + getTranslation(consent.takesPartKey()));
    }

    private void fill(Consent consent) {
        filled = consent;
        version = consent.version();
        ageGroup.setValue(consent.ageGroup());
        givenBy.setValue(consent.givenBy());
        givenOn.setValue(consent.givenOn());
        childTakesPart.setValue(consent.childTakesPart());
        parentsTakePart.setValue(consent.parentsTakePart());
    }

    /** Whether the form holds anything else than what it was last filled with. */
    private boolean changedHere() {
        if (!context.moderator()) {
            return false;
        }
        if (filled == null) {
            return ageGroup.getValue() != null || !givenBy.getValue().isEmpty()
                    || !DutchTime.today().equals(givenOn.getValue())
                    || childTakesPart.getValue() || parentsTakePart.getValue();
        }
        return ageGroup.getValue() != filled.ageGroup() || !givenBy.getValue().equals(filled.givenBy())
                || !filled.givenOn().equals(givenOn.getValue())
                || childTakesPart.getValue() != filled.childTakesPart()
                || parentsTakePart.getValue() != filled.parentsTakePart();
    }
}
