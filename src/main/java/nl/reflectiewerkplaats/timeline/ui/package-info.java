/** The timeline views, placed by the session view and the case pages. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.timeline.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
