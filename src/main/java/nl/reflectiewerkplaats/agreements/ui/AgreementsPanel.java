package nl.reflectiewerkplaats.agreements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.agreements.Agreement;
import nl.reflectiewerkplaats.agreements.AgreementChanged;
import nl.reflectiewerkplaats.agreements.AgreementItem;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.agreements.AgreementStatus;
import nl.reflectiewerkplaats.base.ui.Confirm;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveItems;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;

/**
 * The case's afspraken in a meeting: first "wat is er van terechtgekomen?" (those of
 * earlier meetings, with their status, which anyone can set), then this meeting's, made
 * live. Changes by others arrive live and touch only the afspraak that changed.
 */
class AgreementsPanel extends Div {

    private final AgreementService service;
    private final SessionContext context;
    private final boolean watcher;
    private final Div earlier = new Div();
    private final Div current = new Div();
    private final Paragraph noEarlier = new Paragraph();
    private final Paragraph noCurrent = new Paragraph();
    private final LiveItems<AgreementItem> items = new LiveItems<>(AgreementItem::id, AgreementItem::version);
    private final Map<String, Row> rows = new HashMap<>();

    AgreementsPanel(AgreementService service, CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.context = context;
        this.watcher = context.actor() instanceof Actor.Participant p && p.watcher();
        addClassName("rw-agreements");
        getStyle().set("max-width", "64rem");
        Paragraph intro = new Paragraph(getTranslation("agreements.intro"));
        intro.addClassName("rw-intro");
        noEarlier.setText(getTranslation("agreements.noEarlier"));
        noEarlier.addClassName("rw-muted");
        noCurrent.setText(getTranslation("agreements.noCurrent"));
        noCurrent.addClassName("rw-muted");
        earlier.add(noEarlier);
        current.add(noCurrent);
        earlier.addClassName("rw-agreements-earlier");
        current.addClassName("rw-agreements-current");
        add(new H3(getTranslation("agreements.title")), intro,
                new H4(getTranslation("agreements.earlier")), earlier,
                new H4(getTranslation("agreements.current")), current);
        if (!watcher) {
            add(form());
        }
        Paragraph source = new Paragraph(getTranslation("agreements.source"));
        source.addClassName("rw-source");
        add(source);
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), AgreementChanged.class,
                e -> items.apply(e.kind(), e.agreement(), this::show, this::removed));
        addAttachListener(e -> resync());
    }

    private void resync() {
        List<AgreementItem> stored = service.list(context.actor(), context.caseId());
        List<String> ids = new ArrayList<>();
        for (AgreementItem item : stored) {
            ids.add(item.id());
            if (items.upsert(item)) {
                show(item);
            }
        }
        for (AgreementItem shown : items.list()) {
            if (!ids.contains(shown.id())) {
                items.remove(shown.id());
                removed(shown);
            }
        }
    }

    private void show(AgreementItem item) {
        Row row = rows.get(item.id());
        if (row == null) {
            row = new Row(item);
            rows.put(item.id(), row);
            (item.meetingId().equals(context.meetingId()) ? current : earlier).add(row);
        } else {
            row.update(item);
        }
        noEarlier.setVisible(earlier.getChildren().count() <= 1);
        noCurrent.setVisible(current.getChildren().count() <= 1);
    }

    private void removed(AgreementItem item) {
        Row row = rows.remove(item.id());
        if (row != null) {
            row.removeFromParent();
        }
        noEarlier.setVisible(earlier.getChildren().count() <= 1);
        noCurrent.setVisible(current.getChildren().count() <= 1);
    }

    /** The fields of an afspraak: wie, wat, waarom, hoe, wanneer. */
    private final class Fields {
        final TextField who = new TextField(getTranslation("field.agreements.who"));
        final TextField what = new TextField(getTranslation("field.agreements.what"));
        final TextField why = new TextField(getTranslation("field.agreements.why"));
        final TextField how = new TextField(getTranslation("field.agreements.how"));
        final DatePicker due = Dates.dutch(new DatePicker(getTranslation("field.agreements.due")));

        Fields() {
            who.setMaxLength(Agreement.WHO_MAX_LENGTH);
            for (TextField f : List.of(what, why, how)) {
                f.setMaxLength(Agreement.TEXT_MAX_LENGTH);
            }
            what.setRequiredIndicatorVisible(true);
            what.setMinWidth("20em");
        }

        Div layout() {
            Div layout = new Div(what, who, why, how, due);
            layout.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
            return layout;
        }

        void fill(AgreementItem item) {
            who.setValue(item.who());
            what.setValue(item.what());
            why.setValue(item.why());
            how.setValue(item.how());
            due.setValue(item.due());
        }

        /** Empties the fields of what was added, keeping anything typed since ({@link Inputs}). */
        void clearAfterAdd(List<String> added) {
            List<TextField> texts = List.of(who, what, why, how);
            for (int i = 0; i < texts.size(); i++) {
                Inputs.clearAfterAdd(texts.get(i), added.get(i));
            }
            due.clear();
        }
    }

    private Div form() {
        Fields fields = new Fields();
        Button add = new Button(getTranslation("agreements.add"), VaadinIcon.PLUS.create(), e -> {
            List<String> added = List.of(fields.who.getValue(), fields.what.getValue(), fields.why.getValue(),
                    fields.how.getValue());
            Messages.attempt(this, () -> service.add(context.actor(), context.caseId(), context.meetingId(),
                            added.get(0), added.get(1), added.get(2), added.get(3), fields.due.getValue()),
                    saved -> {
                        if (items.upsert(saved)) {
                            show(saved);
                        }
                        fields.clearAfterAdd(added);
                        fields.what.focus();
                    });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H4(getTranslation("agreements.new")), fields.layout(), add);
        form.addClassName("rw-agreements-form");
        form.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("margin-top", "var(--lumo-space-m)");
        return form;
    }

    /** One afspraak: what, who, why, how, by when, where it came from, its status. */
    private final class Row extends Div {

        private final Span what = new Span();
        private final Span details = new Span();
        private final Select<AgreementStatus> status = new Select<>();
        private final Div actions = new Div();
        private AgreementItem item;

        Row(AgreementItem item) {
            addClassName("rw-agreement");
            getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                    .set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("padding", "var(--lumo-space-s) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            what.getStyle().set("font-weight", "600");
            details.addClassName("rw-muted");
            Div text = new Div(what, new Div(details));
            text.getStyle().set("flex", "1 1 24em");
            status.setItems(AgreementStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("agreements.status." + s));
            status.setAriaLabel(getTranslation("field.agreements.status"));
            status.setWidth("11em");
            status.setReadOnly(watcher);
            status.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && e.getValue() != this.item.status()) {
                    Messages.attempt(this, () -> service.setStatus(context.actor(), this.item.id(), e.getValue()),
                            saved -> {
                                if (items.upsert(saved)) {
                                    show(saved);
                                }
                            });
                }
            });
            add(text, status, actions);
            update(item);
        }

        void update(AgreementItem item) {
            this.item = item;
            what.setText(item.what());
            List<String> parts = new ArrayList<>();
            parts.add(getTranslation("agreements.row.who", item.who().isBlank() ? "?" : item.who()));
            if (!item.why().isBlank()) {
                parts.add(getTranslation("agreements.row.why", item.why()));
            }
            if (!item.how().isBlank()) {
                parts.add(getTranslation("agreements.row.how", item.how()));
            }
            parts.add(getTranslation("agreements.row.due", item.due() == null ? "?" : Dates.format(item.due())));
            if (!item.origin().isBlank()) {
                parts.add(item.origin());
            }
            details.setText(String.join(" · ", parts));
            status.setValue(item.status());
            actions.removeAll();
            if (!watcher && (context.moderator() || item.authorId().equals(context.actor().id()))) {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("agreements.edit", item.what()));
                edit.setTooltipText(getTranslation("agreements.editShort"));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirm.removal(this,
                        getTranslation("agreements.removeTitle"), this.item.what(),
                        () -> Messages.attempt(this,
                                () -> service.remove(context.actor(), this.item.id(), this.item.version()))));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel(getTranslation("agreements.remove", item.what()));
                remove.setTooltipText(getTranslation("agreements.removeShort"));
                actions.add(edit, remove);
            }
        }

        /** Changes the afspraak in a dialog; when someone else changed it meanwhile, shows theirs and keeps yours. */
        private void edit() {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("agreements.editTitle"));
            Fields fields = new Fields();
            fields.fill(item);
            Paragraph now = new Paragraph();
            now.addClassName("rw-quote");
            now.setVisible(false);
            long[] version = {item.version()};
            Button save = new Button(getTranslation("agreements.save"), e -> Messages.attemptEdit(this,
                    () -> service.edit(context.actor(), item.id(), version[0], fields.who.getValue(),
                            fields.what.getValue(), fields.why.getValue(), fields.how.getValue(), fields.due.getValue()),
                    saved -> {
                        if (items.upsert(saved)) {
                            show(saved);
                        }
                        dialog.close();
                    },
                    (AgreementItem stored) -> {
                        version[0] = stored.version();
                        now.setText(getTranslation("agreements.staleNow", stored.what(),
                                stored.who().isBlank() ? "?" : stored.who()));
                        now.setVisible(true);
                    }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(now, fields.layout());
            dialog.getFooter().add(new Button(getTranslation("agreements.cancel"), e -> dialog.close()), save);
            dialog.setWidth("min(720px, 95vw)");
            dialog.open();
        }
    }
}
