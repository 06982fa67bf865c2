/** The art panel (werkkaart 7) that the session view places. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.art.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
