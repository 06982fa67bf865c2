/** Views and helpers for logging in and for knowing who the current user is. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.access.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
