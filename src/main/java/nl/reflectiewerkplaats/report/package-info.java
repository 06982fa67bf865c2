/** The session report as a PDF. */
@NullMarked
package nl.reflectiewerkplaats.report;

import org.jspecify.annotations.NullMarked;
