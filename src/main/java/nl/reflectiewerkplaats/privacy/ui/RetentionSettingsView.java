package nl.reflectiewerkplaats.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.privacy.RetentionService;

/** The beheerder sets how long cases and the access log are kept. */
@Route(value = "bewaartermijnen", layout = MainLayout.class)
@RolesAllowed("BEHEERDER")
public class RetentionSettingsView extends VerticalLayout implements HasDynamicTitle {

    RetentionSettingsView(RetentionService retention, CurrentActor currentActor) {
        Actor actor = currentActor.administrator().orElseThrow(NoAccessException::new);
        addClassName("rw-page");
        RetentionService.Settings current = retention.settings();
        IntegerField months = term("retention.months", 120, current.monthsAfterLastMeeting(), "retention.monthsHelp");
        IntegerField years = term("retention.logYears", 30, current.accessLogYears(), "retention.logYearsHelp");
        Button save = new Button(getTranslation("retention.save"), e -> {
            if (months.getValue() == null || years.getValue() == null) {
                Messages.showError(getTranslation("error.retention.range"));
                return;
            }
            Messages.attemptThen(this, () -> retention.updateSettings(actor, months.getValue(), years.getValue()), () -> {
                Messages.showSuccess(getTranslation("retention.saved"));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.retention")), new Paragraph(getTranslation("retention.intro")), months, years,
                save);
    }

    /** A term in whole months or years, from 1 up to {@code max}, with its current value and a hint. */
    private IntegerField term(String labelKey, int max, int value, String helpKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        field.setHelperText(getTranslation(helpKey));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retention") + " · " + getTranslation("app.name");
    }
}
