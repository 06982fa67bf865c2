/** The spanningsvelden: placements on a field between two poles, and the phases of werkkaart 8. */
@NullMarked
package nl.reflectiewerkplaats.tensionfield;

import org.jspecify.annotations.NullMarked;
