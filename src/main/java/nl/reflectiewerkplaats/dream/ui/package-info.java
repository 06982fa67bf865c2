/** The "Vragen naar de droom" board as a component the session view places. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.dream.ui;
