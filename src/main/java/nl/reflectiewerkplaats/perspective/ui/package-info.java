/** The perspectiefwissel panel that the session view places. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.perspective.ui;
