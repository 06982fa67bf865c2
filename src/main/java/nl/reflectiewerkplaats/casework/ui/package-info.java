/**
 * The case pages, the join page, and {@link nl.reflectiewerkplaats.casework.ui.Headcount} ("of how
 * many") for other views.
 */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.casework.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
