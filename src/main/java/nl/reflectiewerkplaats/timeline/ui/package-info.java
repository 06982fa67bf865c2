/** The timeline views, placed by the session view and the case pages. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.timeline.ui;
