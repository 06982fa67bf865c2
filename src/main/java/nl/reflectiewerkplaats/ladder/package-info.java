/**
 * The ladder van effectiviteit (Dullaert): where a case stands, the way of working that fits, who has the
 * regie, and the escalation clock that runs from the day the child stopped going to school.
 */
@NullMarked
package nl.reflectiewerkplaats.ladder;

import org.jspecify.annotations.NullMarked;
