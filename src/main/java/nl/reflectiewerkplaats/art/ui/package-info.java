/** The art panel (werkkaart 7) that the session view places. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.art.ui;
