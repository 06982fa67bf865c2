package nl.reflectiewerkplaats.genogram;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;

/**
 * A three-generation family of 25 persons with 10 professionals, as a facilitator
 * might prepare it: partners, divorces, new partners, half- and step-children,
 * twins, two households, emotional lines, events, and the professionals' lines.
 */
public final class GenogramSample {

    private final GenogramService service;
    private final Actor actor;
    private final String caseId;
    private final Map<String, Person> byName = new HashMap<>();

    private GenogramSample(GenogramService service, Actor actor, String caseId) {
        this.service = service;
        this.actor = actor;
        this.caseId = caseId;
    }

    /** Builds the family and tidies it up; returns the persons by name. */
    public static Map<String, Person> build(GenogramService service, Actor facilitator, String caseId) {
        GenogramSample s = new GenogramSample(service, facilitator, caseId);
        s.family();
        service.tidyUp(facilitator, caseId, DiagramKind.GENOGRAM);
        return s.byName;
    }

    private void family() {
        person(Shape.MALE, "opa vaderszijde", 1948, false, "");
        person(Shape.FEMALE, "oma vaderszijde", 1950, true, "");
        person(Shape.MALE, "opa moederszijde", 1945, true, "");
        person(Shape.FEMALE, "oma moederszijde", 1952, false, "");
        person(Shape.MALE, "Henk", 1950, false, "");
        person(Shape.MALE, "oom Kees", 1970, false, "");
        person(Shape.FEMALE, "tante Anja", 1971, false, "");
        person(Shape.MALE, "vader Mark", 1976, false, "vader");
        person(Shape.FEMALE, "tante Ria", 1979, false, "");
        person(Shape.OTHER, "Sam", 1980, false, "");
        person(Shape.FEMALE, "moeder Sandra", 1980, false, "moeder");
        person(Shape.MALE, "oom Erik", 1983, false, "");
        person(Shape.MALE, "Rob", 1978, false, "moeder");
        person(Shape.FEMALE, "Yvonne", 1982, false, "vader");
        person(Shape.MALE, "neef Tim", 2002, false, "");
        person(Shape.FEMALE, "nicht Lisa", 2005, false, "");
        person(Shape.FEMALE, "nicht Fleur", 2012, false, "");
        Person jesse = person(Shape.MALE, "Jesse", 2011, false, "moeder");
        service.editPerson(actor, jesse.getId(), jesse.getVersion(), jesse.details().withIndexPerson(true)
                .withNote("zit sinds een jaar thuis"));
        person(Shape.FEMALE, "Noor", 2014, false, "moeder");
        person(Shape.MALE, "Sem", 2017, false, "moeder");
        person(Shape.FEMALE, "Saar", 2017, false, "moeder");
        person(Shape.FEMALE, "Mila", 2021, false, "moeder");
        person(Shape.FEMALE, "Eva", 2010, false, "vader");
        person(Shape.MALE, "huisvriend Ahmed", 1975, false, "");
        person(Shape.FEMALE, "buurvrouw Truus", 1958, false, "");

        line("opa vaderszijde", "oma vaderszijde", RelationType.PARTNER_MARRIED);
        line("opa moederszijde", "oma moederszijde", RelationType.PARTNER_DIVORCED);
        line("oma moederszijde", "Henk", RelationType.PARTNER_COHABITING);
        for (String child : new String[] {"oom Kees", "vader Mark", "tante Ria"}) {
            line("opa vaderszijde", child, RelationType.PARENT_BIOLOGICAL);
            line("oma vaderszijde", child, RelationType.PARENT_BIOLOGICAL);
        }
        for (String child : new String[] {"moeder Sandra", "oom Erik"}) {
            line("opa moederszijde", child, RelationType.PARENT_BIOLOGICAL);
            line("oma moederszijde", child, RelationType.PARENT_BIOLOGICAL);
        }
        line("oom Kees", "tante Anja", RelationType.PARTNER_MARRIED);
        line("tante Ria", "Sam", RelationType.PARTNER_COHABITING);
        line("vader Mark", "moeder Sandra", RelationType.PARTNER_DIVORCED);
        line("moeder Sandra", "Rob", RelationType.PARTNER_COHABITING);
        line("vader Mark", "Yvonne", RelationType.PARTNER_MARRIED);
        for (String child : new String[] {"neef Tim", "nicht Lisa"}) {
            line("oom Kees", child, RelationType.PARENT_BIOLOGICAL);
            line("tante Anja", child, RelationType.PARENT_BIOLOGICAL);
        }
        line("tante Ria", "nicht Fleur", RelationType.PARENT_BIOLOGICAL);
        line("Sam", "nicht Fleur", RelationType.PARENT_ADOPTIVE);
        for (String child : new String[] {"Jesse", "Noor", "Sem", "Saar"}) {
            line("vader Mark", child, RelationType.PARENT_BIOLOGICAL);
            line("moeder Sandra", child, RelationType.PARENT_BIOLOGICAL);
        }
        line("Sem", "Saar", RelationType.TWIN);
        line("moeder Sandra", "Mila", RelationType.PARENT_BIOLOGICAL);
        line("Rob", "Mila", RelationType.PARENT_BIOLOGICAL);
        line("Yvonne", "Eva", RelationType.PARENT_BIOLOGICAL);

        line("vader Mark", "moeder Sandra", RelationType.CONFLICT);
        line("moeder Sandra", "oma moederszijde", RelationType.FUSED);
        line("moeder Sandra", "oma moederszijde", RelationType.CARE);
        line("Jesse", "oma moederszijde", RelationType.CLOSE);
        line("Jesse", "vader Mark", RelationType.DISTANT);
        line("moeder Sandra", "Yvonne", RelationType.HOSTILE);
        line("vader Mark", "opa vaderszijde", RelationType.CUT_OFF);
        line("huisvriend Ahmed", "Jesse", RelationType.CLOSE);
        line("buurvrouw Truus", "moeder Sandra", RelationType.CLOSE);

        event("oma vaderszijde", LifeEventKind.DIED, LocalDate.of(2019, 2, 3));
        event("opa moederszijde", LifeEventKind.DIED, LocalDate.of(2015, 9, 1));
        event("vader Mark", LifeEventKind.LOST_WORK, LocalDate.of(2022, 6, 1));
        event("moeder Sandra", LifeEventKind.MOVED, LocalDate.of(2023, 8, 15));
        event("Jesse", LifeEventKind.BROKE_CONTACT, LocalDate.of(2023, 11, 1));

        person(Shape.PROFESSIONAL, "mentor (school)", null, false, "");
        person(Shape.PROFESSIONAL, "leerplichtambtenaar", null, false, "");
        person(Shape.PROFESSIONAL, "jeugdarts GGD", null, false, "");
        person(Shape.ORGANISATION, "wijkteam", null, false, "");
        person(Shape.ORGANISATION, "jeugdzorgaanbieder", null, false, "");
        person(Shape.PROFESSIONAL, "huisarts", null, false, "");
        person(Shape.PROFESSIONAL, "GGZ-behandelaar", null, false, "");
        person(Shape.PROFESSIONAL, "intern begeleider", null, false, "");
        person(Shape.ORGANISATION, "school", null, false, "");
        person(Shape.PROFESSIONAL, "gezinsvoogd", null, false, "");
        line("mentor (school)", "Jesse", RelationType.SUPPORTIVE);
        line("leerplichtambtenaar", "moeder Sandra", RelationType.STRAINED);
        line("GGZ-behandelaar", "Jesse", RelationType.STOPPED);
        line("wijkteam", "school", RelationType.CONFLICT);
        line("huisarts", "moeder Sandra", RelationType.SUPPORTIVE);
        line("gezinsvoogd", "vader Mark", RelationType.STRAINED);
        line("jeugdzorgaanbieder", "wijkteam", RelationType.DISTANT);
    }

    private Person person(Shape shape, String name, Integer year, boolean deceased, String household) {
        Person p = service.addPerson(actor, caseId, DiagramKind.GENOGRAM, PersonDetails.of(shape, name)
                .withBirthYear(year).withDeceased(deceased).withHousehold(household));
        byName.put(name, p);
        return p;
    }

    private void line(String from, String to, RelationType type) {
        service.addRelation(actor, caseId, DiagramKind.GENOGRAM, byName.get(from).getId(), byName.get(to).getId(), type,
                0, "");
    }

    private void event(String who, LifeEventKind kind, LocalDate date) {
        service.addEvent(actor, byName.get(who).getId(), kind, date, "");
    }
}
