package nl.reflectiewerkplaats.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.base.DutchTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.reflectiewerkplaats.privacy.RetentionService;

/** The facilitator's list of cases (casussen), and where a new one starts. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    private final Actor actor;
    private final Div list = new Div();

    private final RetentionService retention;

    CasesView(CaseService cases, CurrentActor currentActor, RetentionService retention) {
        this.cases = cases;
        this.retention = retention;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        addClassName("rw-page");
        Button create = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.cases")), create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        list.addClassName("rw-case-list");
        add(header, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Case> all = cases.listCases(actor);
        if (all.isEmpty()) {
            list.add(EmptyState.of(this, "cases.empty.title", "cases.empty.text"));
            return;
        }
        for (Case c : all) {
            RouterLink link = new RouterLink(CaseView.class, new RouteParameters("caseId", c.getId()));
            link.addClassName("rw-case-card");
            Span name = new Span(c.getPseudonym());
            name.addClassName("rw-case-name");
            Paragraph question = new Paragraph(c.getQuestion().isBlank() ? getTranslation("cases.noQuestion") : c.getQuestion());
            question.addClassName("rw-case-question");
            link.add(name, question);
            // warn a month ahead that the case will be erased
            retention.retentionEnd(c.getId())
                    .filter(end -> end.isBefore(DutchTime.today().plusDays(31)))
                    .ifPresent(end -> {
                        Span warning = new Span(getTranslation("privacy.soonErased",
                                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"))
                                        .format(end)));
                        warning.getElement().getThemeList().add("badge error");
                        warning.addClassName("rw-retention-warning");
                        link.add(warning);
                    });
            list.add(link);
        }
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("cases.new"));
        TextField pseudonym = new TextField(getTranslation("field.pseudonym"));
        pseudonym.setHelperText(getTranslation("cases.pseudonymHelp"));
        pseudonym.setMaxLength(Case.PSEUDONYM_MAX_LENGTH);
        pseudonym.setRequired(true);
        pseudonym.setWidthFull();
        TextArea question = new TextArea(getTranslation("field.question"));
        question.setHelperText(getTranslation("cases.questionHelp"));
        question.setMaxLength(Case.QUESTION_MAX_LENGTH);
        question.setWidthFull();
        question.setMinHeight("8em");
        Paragraph privacy = new Paragraph(getTranslation("cases.privacy"));
        privacy.addClassName("rw-privacy-note");
        dialog.add(new VerticalLayout(privacy, pseudonym, question));
        Button save = new Button(getTranslation("cases.create"), e -> {
            Messages.attempt(this, () -> cases.createCase(actor, pseudonym.getValue(), question.getValue()), created -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(CaseView.class, new RouteParameters("caseId", created.getId())));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(560px, 95vw)");
        dialog.open();
        pseudonym.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.cases") + " · " + getTranslation("app.name");
    }
}
