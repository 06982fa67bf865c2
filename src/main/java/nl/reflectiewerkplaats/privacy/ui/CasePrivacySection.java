package nl.reflectiewerkplaats.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.privacy.RetentionService;
import nl.reflectiewerkplaats.base.ui.Dates;

/**
 * On the case page: until when the case is kept (and changing that), exporting the
 * whole case, and erasing it after typing its pseudonym.
 */
public class CasePrivacySection extends Details {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    public CasePrivacySection(CaseArchive archive, RetentionService retention, Actor actor, String caseId,
                              String pseudonym, Runnable afterErase) {
        setSummaryText(getTranslation("privacy.title"));
        addClassName("rw-privacy");
        Paragraph kept = new Paragraph(retention.retentionEnd(caseId)
                .map(end -> getTranslation("privacy.keptUntil", DAY.format(end))).orElse(""));
        DatePicker end = Dates.dutch(new DatePicker(getTranslation("privacy.newEnd")));
        Button setEnd = new Button(getTranslation("privacy.setEnd"), e -> {
            Messages.attemptThen(this, () -> retention.setRetentionEnd(actor, caseId, end.getValue()), () -> {
                kept.setText(getTranslation("privacy.keptUntil", DAY.format(end.getValue())));
                Messages.showSuccess(getTranslation("privacy.endSet"));
            });
        });
        HorizontalLayout endRow = new HorizontalLayout(end, setEnd);
        endRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = archive.export(actor, caseId);
            return new DownloadResponse(new ByteArrayInputStream(zip), "casus-export.zip", "application/zip", zip.length);
        }), getTranslation("privacy.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("rw-button-link");

        Button erase = new Button(getTranslation("privacy.erase"), VaadinIcon.TRASH.create(), e -> {
            TextField typed = new TextField(getTranslation("privacy.erase.type", pseudonym));
            typed.setWidthFull();
            typed.setMaxLength(200);
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("privacy.erase.title"));
            dialog.add(new VerticalLayout(new Paragraph(getTranslation("privacy.erase.text")), typed));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("privacy.erase.confirm"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(confirm -> {
                if (!pseudonym.equals(typed.getValue().strip())) {
                    Messages.showError(getTranslation("privacy.erase.mismatch"));
                    return;
                }
                Messages.attemptThen(this, () -> archive.erase(actor, caseId), () -> {
                    Messages.showSuccess(getTranslation("privacy.erased"));
                    afterErase.run();
                });
            });
            dialog.open();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(export, erase);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new VerticalLayout(new Paragraph(getTranslation("privacy.intro")), kept, endRow, actions));
    }
}
