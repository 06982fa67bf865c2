/**
 * Shared kernel: user-facing errors, text limits and the shared page layout. Every
 * feature may use it; it uses no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.reflectiewerkplaats.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
