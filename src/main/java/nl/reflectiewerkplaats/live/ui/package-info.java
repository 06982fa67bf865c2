/** Binds views to the live path: subscribe on attach, unsubscribe on detach. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.live.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
