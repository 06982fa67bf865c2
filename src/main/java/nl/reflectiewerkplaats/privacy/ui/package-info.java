/** The privacy section of the case page. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.privacy.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
