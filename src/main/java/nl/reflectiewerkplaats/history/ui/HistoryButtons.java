package nl.reflectiewerkplaats.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.history.HistoryService;
import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;

/** The one {@link HistoryAffordance}: a calm "Geschiedenis" button that opens the {@link HistoryDialog}. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class HistoryButtons implements HistoryAffordance {

    private final HistoryService history;


    @Override
    public Component button(Actor actor, String caseId, String area, boolean moderator) {
        Button button = new Button();
        button.setText(button.getTranslation("history.button"));
        button.setIcon(VaadinIcon.CLOCK.create());
        button.addClassName("rw-history-button");
        button.addClickListener(e -> new HistoryDialog(history, actor, caseId, area, moderator).open());
        button.setVisible(!actor.watcher());
        return button;
    }
}
