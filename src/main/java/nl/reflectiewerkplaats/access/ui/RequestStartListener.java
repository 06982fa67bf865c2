package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

/** A Vaadin request interceptor that only acts when a request starts (so it can be a lambda). */
@FunctionalInterface
interface RequestStartListener extends VaadinRequestInterceptor {

    @Override
    void requestStart(VaadinRequest request, VaadinResponse response);

    @Override
    default void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
    }

    @Override
    default void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
    }
}
