/** The "andere taal" panel (werkkaart 6) that the session view places. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.language.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
