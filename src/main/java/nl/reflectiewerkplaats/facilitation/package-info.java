/** Leading a meeting: agenda, current step, "klaar", timer, silence, who leads, preparation and closing. */
@NullMarked
package nl.reflectiewerkplaats.facilitation;

import org.jspecify.annotations.NullMarked;
