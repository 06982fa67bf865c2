/** The spanningsvelden panel that the session view places. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.tensionfield.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
