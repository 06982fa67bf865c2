/** The agenda bar, the preparation and the closing that the session view places. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.facilitation.ui;
