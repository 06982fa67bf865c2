/** The "Vragen naar de droom" board as a component the session view places. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.dream.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
