/** The geno-sociogram editor as a component the session view places, and its page on the case. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.genogram.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
