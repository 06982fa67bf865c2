/**
 * The ten leerpunten of the Interventieteam onderwijs-zorg as a reflective checklist of a case,
 * answered together in each meeting and kept, so the case shows how the answers moved.
 */
@NullMarked
package nl.reflectiewerkplaats.learningpoints;

import org.jspecify.annotations.NullMarked;
