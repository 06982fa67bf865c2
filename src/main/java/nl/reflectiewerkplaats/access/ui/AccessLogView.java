package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.reflectiewerkplaats.access.AccessLog;
import nl.reflectiewerkplaats.access.AccessLogEntry;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import com.vaadin.flow.component.grid.GridVariant;
import nl.reflectiewerkplaats.base.ui.Dates;

/** The beheerder reads, filters and exports the access log (reading and exporting are logged too). */
@Route(value = "toegangslog", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_BEHEERDER)
public class AccessLogView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AccessLog log;
    private final Actor actor;
    private final Grid<AccessLogEntry> grid = new Grid<>();
    private final TextField caseId = new TextField();
    private final TextField who = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = Dates.dutch(new DatePicker());
    private final DatePicker until = Dates.dutch(new DatePicker());

    AccessLogView(AccessLog log, CurrentActor currentActor) {
        this.log = log;
        this.actor = currentActor.administrator().orElseThrow(NoAccessException::new);
        addClassName("rw-page");
        addClassName("rw-wide-page");
        setSizeFull();
        caseId.setLabel(getTranslation("log.filter.case"));
        who.setLabel(getTranslation("log.filter.who"));
        action.setLabel(getTranslation("log.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("log.action." + a));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("log.filter.from"));
        until.setLabel(getTranslation("log.filter.until"));
        caseId.setMaxLength(64);
        who.setMaxLength(80);
        Button search = new Button(getTranslation("log.search"), e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv(log.export(actor, filter())).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "toegangslog.csv", "text/csv", csv.length);
        }), getTranslation("log.export"));
        export.getElement().setAttribute("download", true);
        export.addClassName("rw-link-button");
        HorizontalLayout filters = new HorizontalLayout(caseId, who, action, from, until, search, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(e -> UTC.format(e.at())).setHeader(getTranslation("log.col.at")).setAutoWidth(true);
        grid.addColumn(e -> e.actorName() + " (" + e.actorKind() + ")").setHeader(getTranslation("log.col.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("log.action." + e.action())).setHeader(getTranslation("log.col.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.allowed() ? getTranslation("log.allowed") : getTranslation("log.denied"))
                .setHeader(getTranslation("log.col.outcome")).setAutoWidth(true);
        grid.addColumn(AccessLogEntry::caseId).setHeader(getTranslation("log.col.case")).setAutoWidth(true);
        grid.addColumn(e -> e.object() + (e.objectId() == null ? "" : " · " + e.objectId()))
                .setHeader(getTranslation("log.col.object")).setFlexGrow(1);
        grid.addColumn(AccessLogEntry::address).setHeader(getTranslation("log.col.address")).setAutoWidth(true);
        grid.setSizeFull();
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_ROW_STRIPES);
        add(new H2(getTranslation("nav.log")), new Paragraph(getTranslation("log.intro", SHOWN)), filters, grid);
        refresh();
    }

    private AccessLog.Filter filter() {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        return new AccessLog.Filter(caseId.getValue(), who.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        grid.setItems(log.search(actor, filter(), SHOWN));
    }

    static String csv(List<AccessLogEntry> entries) {
        StringBuilder out = new StringBuilder("tijdstip_utc,actor_id,soort,naam,casus,object,object_id,actie,toegestaan,adres\n");
        for (AccessLogEntry e : entries) {
            out.append(String.join(",", cell(e.at().toString()), cell(e.actorId()), cell(e.actorKind()),
                    cell(e.actorName()), cell(e.caseId()), cell(e.object()), cell(e.objectId()), cell(e.action().name()),
                    cell(String.valueOf(e.allowed())), cell(e.address()))).append('\n');
        }
        return out.toString();
    }

    /** Quoted, and never starting with a formula character (no spreadsheet injection). */
    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.log") + " · " + getTranslation("app.name");
    }
}
