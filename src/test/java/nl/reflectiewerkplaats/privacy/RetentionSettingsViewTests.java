package nl.reflectiewerkplaats.privacy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.support.KaribuSupport;
import nl.reflectiewerkplaats.support.KaribuViewTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The beheerder's page of retention terms: both terms shown with their bounds, and a change stored. */
@KaribuViewTest
class RetentionSettingsViewTests {

    @Autowired
    TestData data;
    @Autowired
    RetentionService retention;

    @Test
    void bothTermsShowTheirValueAndBoundsAndASavedChangeIsStored() {
        Actor.Administrator beheerder = data.beheerderOnly();
        RetentionService.Settings before = retention.settings();
        try {
            KaribuSupport.login(data.usernameOf(beheerder), AccountService.ROLE_BEHEERDER);
            UI.getCurrent().navigate("bewaartermijnen");

            IntegerField months = _get(IntegerField.class,
                    s -> s.withLabel("Casussen bewaren (maanden na de laatste bijeenkomst)"));
            IntegerField years = _get(IntegerField.class, s -> s.withLabel("Toegangslog bewaren (jaren)"));
            assertThat(months.getValue()).isEqualTo(before.monthsAfterLastMeeting());
            assertThat(years.getValue()).isEqualTo(before.accessLogYears());
            assertThat(months.getMin()).isEqualTo(1);
            assertThat(months.getMax()).isEqualTo(120);
            assertThat(years.getMin()).isEqualTo(1);
            assertThat(years.getMax()).isEqualTo(30);
            assertThat(months.getHelperText()).startsWith("1 tot 120 maanden");
            assertThat(years.getHelperText()).isEqualTo("1 tot 30 jaar");

            int changed = before.monthsAfterLastMeeting() == 120 ? 119 : before.monthsAfterLastMeeting() + 1;
            LocatorJ._setValue(months, changed);
            LocatorJ._click(_get(Button.class, s -> s.withText("Opslaan")));

            assertThat(retention.settings()).isEqualTo(new RetentionService.Settings(changed, before.accessLogYears()));
        } finally {
            retention.updateSettings(beheerder, before.monthsAfterLastMeeting(), before.accessLogYears());
        }
    }
}
