/** Werkkaart 2: reflective interviews before a meeting, whose answers may go onto the timeline. */
@NullMarked
package nl.reflectiewerkplaats.interview;

import org.jspecify.annotations.NullMarked;
