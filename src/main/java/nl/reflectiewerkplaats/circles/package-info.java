/**
 * The three circles of an MDO (kind, school, thuis), after Pameijer's HGW en het MDO: per
 * circle what goes well, what must improve, open questions and goals, and the three arrows
 * of how the circles influence each other. One set per case, built together live.
 */
@NullMarked
package nl.reflectiewerkplaats.circles;

import org.jspecify.annotations.NullMarked;
