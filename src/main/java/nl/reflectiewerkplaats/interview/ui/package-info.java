/** The interview views, placed by the session view and the case pages. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.interview.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
