package nl.reflectiewerkplaats.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.reflectiewerkplaats.base.SensitiveText.Kind;
import org.junit.jupiter.api.Test;

class SensitiveTextTests {

    @Test
    void spotsWhatIdentifiesSomeone() {
        assertThat(SensitiveText.findings("BSN van moeder: 111222333")).containsExactly(Kind.BSN);
        assertThat(SensitiveText.findings("bsn 1112.22.333 staat in het dossier")).containsExactly(Kind.BSN);
        assertThat(SensitiveText.findings("mail naar j.devries@school.nl")).containsExactly(Kind.EMAIL);
        assertThat(SensitiveText.findings("bel 06-12345678 of +31 6 12345678")).containsExactly(Kind.PHONE);
        assertThat(SensitiveText.findings("school: 010-1234567")).containsExactly(Kind.PHONE);
        assertThat(SensitiveText.findings("Jesse is geboren op 12-03-2014")).containsExactly(Kind.BIRTH_DATE);
        assertThat(SensitiveText.findings("de oudste, Jesse (3 maart 2014), woont bij oma")).contains(Kind.BIRTH_DATE);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SensitiveText.findings("Sinds 2019 geen contact met school; drie keer verhuisd.")).isEmpty();
        assertThat(SensitiveText.findings("123456789 is geen BSN (faalt de elfproef)")).isEmpty();
        assertThat(SensitiveText.findings("overleg op 12-03-2024 over de aanpak")).isEmpty();
        assertThat(SensitiveText.findings("Wat zien we? Moeder wil rust.")).isEmpty();
        assertThat(SensitiveText.findings("")).isEmpty();
        // technical ids (hex) that happen to hold nine digits are not a BSN or a phone number
        assertThat(SensitiveText.findings("6b043728911b3100e1e7539f")).isEmpty();
        assertThat(SensitiveText.findings("a0612345678b")).isEmpty();
    }

    @Test
    void textsWarnOnceAndAcceptWhenConfirmed() {
        assertThatThrownBy(() -> Texts.required("mail j@x.nl", 100, "field.cardText"))
                .isInstanceOf(SensitiveText.Warning.class);
        String[] saved = new String[1];
        SensitiveText.confirmed(() -> saved[0] = Texts.required("mail j@x.nl", 100, "field.cardText"));
        assertThat(saved[0]).isEqualTo("mail j@x.nl");
        // the confirmation does not linger
        assertThatThrownBy(() -> Texts.required("mail j@x.nl", 100, "field.cardText"))
                .isInstanceOf(SensitiveText.Warning.class);
        assertThat(Texts.required("anna@voorbeeld.nl", 100, "field.username")).isEqualTo("anna@voorbeeld.nl");
    }
}
