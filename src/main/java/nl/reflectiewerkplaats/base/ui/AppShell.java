package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: server push over WebSocket, Lumo with our own styles, Dutch page language. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/reflectiewerkplaats.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Reflectiewerkplaats");
    }
}
