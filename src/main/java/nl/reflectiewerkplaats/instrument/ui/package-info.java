/**
 * What an instrument module offers to views: its tab in the workspace and its links on
 * the case page ({@code CasePageLink}). Modules register these as beans.
 */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.instrument.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
