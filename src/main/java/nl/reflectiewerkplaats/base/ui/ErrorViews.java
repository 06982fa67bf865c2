package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.reflectiewerkplaats.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.router.AccessDeniedException;

/** Dutch pages for errors during navigation, instead of the framework's English ones. */
public final class ErrorViews {

    private ErrorViews() {
    }

    private static VerticalLayout page(VerticalLayout layout, String title, String text) {
        layout.removeAll();
        layout.setSizeFull();
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        Div box = new Div(new H2(title), new Paragraph(text),
                new Anchor("", layout.getTranslation("error.toStart")));
        box.addClassName("rw-message-page");
        layout.add(box);
        return layout;
    }

    /** An unknown address. */
    @AnonymousAllowed
    public static class PageNotFound extends VerticalLayout implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            page(this, getTranslation("error.pageNotFound.title"), getTranslation("error.pageNotFound.text"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A page this user may not open (or that does not exist: the two are not told apart). */
    @AnonymousAllowed
    public static class NoAccess extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<AccessDeniedException> parameter) {
            page(this, getTranslation("error.pageNotFound.title"), getTranslation("error.pageNotFound.text"));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A user-facing failure while opening a page (e.g. a case that no longer exists). */
    @AnonymousAllowed
    public static class UserError extends VerticalLayout implements HasErrorParameter<UserFacingException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UserFacingException> parameter) {
            page(this, getTranslation("error.cannotOpen"), Messages.text(this, parameter.getException()));
            return HttpStatusCode.NOT_FOUND.getCode();
        }
    }

    /** Anything unexpected: a calm message here, the details in the log. */
    @AnonymousAllowed
    public static class Unexpected extends VerticalLayout implements HasErrorParameter<Exception> {
        private static final Logger log = LoggerFactory.getLogger(Unexpected.class);

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            log.error("Unexpected error while opening {}", event.getLocation().getPath(), parameter.getException());
            page(this, getTranslation("error.unexpected.title"), getTranslation("error.unexpected"));
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
