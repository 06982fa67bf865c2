/** The interview views, placed by the session view and the case pages. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.interview.ui;
