/** The perspectiefwissel panel that the session view places. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.perspective.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
