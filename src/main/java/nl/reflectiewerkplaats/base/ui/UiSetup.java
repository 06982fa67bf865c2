package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.reflectiewerkplaats.base.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every UI speaks Dutch, and no error reaches a user as a stack trace or an English
 * framework message: user-facing errors become a notice, anything else a calm Dutch
 * message (the details go to the log).
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final Locale DUTCH = Locale.of("nl", "NL");
    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the page is Dutch: screen readers and hyphenation need to know
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html").attr("lang", "nl"));
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption("Sessie verlopen");
            messages.setSessionExpiredMessage("Klik hier of laad de pagina opnieuw om verder te gaan.");
            messages.setInternalErrorCaption("Er ging iets mis");
            messages.setInternalErrorMessage("Laad de pagina opnieuw. Wat al was opgeslagen, blijft bewaard.");
            messages.setCookiesDisabledCaption("Cookies staan uit");
            messages.setCookiesDisabledMessage("Zet cookies aan om de Reflectiewerkplaats te gebruiken.");
            return messages;
        });
        event.getSource().addSessionInitListener(sessionInit -> {
            VaadinSession session = sessionInit.getSession();
            session.setLocale(DUTCH);
            session.setErrorHandler(error -> {
                Throwable cause = error.getThrowable();
                UserFacingException userFacing = findUserFacing(cause);
                UI ui = UI.getCurrent();
                if (userFacing != null && ui != null) {
                    Messages.showError(ui, userFacing);
                    return;
                }
                log.error("Unexpected error in the UI", cause);
                if (ui != null) {
                    Messages.showError(ui.getTranslation("error.unexpected"));
                }
            });
        });
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            ui.setLocale(DUTCH);
            // the connection indicator's own texts are English; give them in the UI's language
            ui.getPage().executeJs(
                    "const ci = window.Vaadin && window.Vaadin.connectionIndicator;"
                    + "if (ci) { ci.onlineText = $0; ci.offlineText = $1; ci.reconnectingText = $2; }",
                    ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                    ui.getTranslation("connection.reconnecting"));
        });
    }

    private static @Nullable UserFacingException findUserFacing(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException u) {
                return u;
            }
        }
        return null;
    }
}
