/**
 * What an instrument module offers to the session report: its sections, as a neutral
 * block model that {@code report} lays out. Modules register these as beans.
 */
@NamedInterface("report")
@NullMarked
package nl.reflectiewerkplaats.instrument.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
