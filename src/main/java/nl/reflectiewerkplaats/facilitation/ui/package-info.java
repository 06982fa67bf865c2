/** The agenda bar, the preparation and the closing that the session view places. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.facilitation.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
