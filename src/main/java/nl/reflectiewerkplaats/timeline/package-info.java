/** Werkkaart 3: the case's timeline (events, periods, gaps, lanes, lock). */
@NullMarked
package nl.reflectiewerkplaats.timeline;

import org.jspecify.annotations.NullMarked;
