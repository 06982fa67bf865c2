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
        IntegerField months = new IntegerField(getTranslation("retention.months"));
        months.setMin(1);
        months.setMax(120);
        months.setStepButtonsVisible(true);
        months.setValue(current.monthsAfterLastMeeting());
        months.setHelperText(getTranslation("retention.monthsHelp"));
        IntegerField years = new IntegerField(getTranslation("retention.logYears"));
        years.setMin(1);
        years.setMax(30);
        years.setStepButtonsVisible(true);
        years.setValue(current.accessLogYears());
        years.setHelperText(getTranslation("retention.logYearsHelp"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("nav.retention") + " · " + getTranslation("app.name");
    }
}
