/**
 * Shared kernel: user-facing errors, text limits and the shared page layout. Every
 * feature may use it; it uses no feature.
 */
@org.springframework.modulith.ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.reflectiewerkplaats.base;

import org.springframework.modulith.ApplicationModule;
