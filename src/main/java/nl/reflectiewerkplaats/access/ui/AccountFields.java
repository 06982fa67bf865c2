package nl.reflectiewerkplaats.access.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import nl.reflectiewerkplaats.access.TotpCodes;

/**
 * The fields the login, account-link, set-up and password pages share: a password
 * typed twice, the second-factor code, the QR code and key that link an authenticator
 * app, and the recovery codes shown once. {@code owner} is the page (for its translations).
 */
final class AccountFields {

    private AccountFields() {
    }

    /** A password field of the longest allowed password, the full width. */
    static PasswordField password(Component owner, String labelKey) {
        PasswordField field = new PasswordField(owner.getTranslation(labelKey));
        field.setMaxLength(FacilitatorAccount.PASSWORD_MAX_LENGTH);
        field.setWidthFull();
        return field;
    }

    /** Whether the repeat equals the password; if not, the repeat field says so. */
    static boolean repeated(PasswordField password, PasswordField repeat) {
        boolean match = password.getValue().equals(repeat.getValue());
        repeat.setInvalid(!match);
        repeat.setErrorMessage(match ? null : repeat.getTranslation("account.passwordMismatch"));
        return match;
    }

    /** The field for a code from the app; {@code withHelp} says a recovery code works too. */
    static TextField code(Component owner, boolean withHelp) {
        TextField code = new TextField(owner.getTranslation("login.code"));
        if (withHelp) {
            code.setHelperText(owner.getTranslation("login.code.help"));
        }
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setWidthFull();
        return code;
    }

    /** How to link the app: the intro, the QR code, and the key to type by hand. */
    static Component[] linkApp(Component owner, String username, String secret) {
        String uri = TotpCodes.otpauthUri("Reflectiewerkplaats", username, secret);
        Image qr = new Image("data:image/png;base64," + qrPng(uri), owner.getTranslation("login.enrol.qrAlt"));
        qr.addClassName("rw-qr");
        Span key = new Span(secret.replaceAll("(.{4})", "$1 ").strip());
        key.addClassName("rw-secret");
        key.getElement().setAttribute("data-secret", secret);
        return new Component[] {new Paragraph(owner.getTranslation("login.enrol.intro")), qr,
                new Paragraph(owner.getTranslation("login.enrol.manual")), key};
    }

    static OrderedList recoveryCodes(List<String> codes) {
        OrderedList list = new OrderedList();
        list.addClassName("rw-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        return list;
    }

    static String qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 220, 220);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
