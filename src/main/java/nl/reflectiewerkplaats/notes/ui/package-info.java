/** The shared-notes component that instruments place. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.notes.ui;
