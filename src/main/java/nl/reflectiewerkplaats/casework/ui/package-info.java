/** The case pages, the join page, and {@link nl.reflectiewerkplaats.casework.ui.Headcount} ("of how many") for other views. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.casework.ui;
