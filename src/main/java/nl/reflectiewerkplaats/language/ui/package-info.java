/** The "andere taal" panel (werkkaart 6) that the session view places. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.language.ui;
