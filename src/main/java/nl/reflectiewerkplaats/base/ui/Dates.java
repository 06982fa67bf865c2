package nl.reflectiewerkplaats.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dutch dates for views and date pickers: one place for every feature. */
public final class Dates {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public static DatePicker.DatePickerI18n dutchPicker() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"));
        i18n.setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Vandaag");
        i18n.setCancel("Annuleren");
        i18n.setDateFormat("d-M-yyyy");
        return i18n;
    }

    /** Makes a date picker Dutch: names, first day of the week, d-M-yyyy. */
    public static DatePicker dutch(DatePicker picker) {
        picker.setI18n(dutchPicker());
        picker.setLocale(DUTCH);
        return picker;
    }
}
