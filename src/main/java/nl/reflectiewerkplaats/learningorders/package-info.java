/**
 * The three orders of learning (kennis, vaardigheid, de kunst van het leren) as a lens at the
 * closing: per meeting the group sorts what it learned, and says per item what would show it
 * (output, outcome, impact). After NJi, Samen lerend doen wat werkt in de praktijk, Tabel 1.
 */
@NullMarked
package nl.reflectiewerkplaats.learningorders;

import org.jspecify.annotations.NullMarked;
