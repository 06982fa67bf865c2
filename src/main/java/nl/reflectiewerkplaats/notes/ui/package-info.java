/** The shared-notes component that instruments place. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.notes.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
