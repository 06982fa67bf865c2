/** The "Vragen naar de droom" board: cards by the participants, grouped and sorted together. */
@NullMarked
package nl.reflectiewerkplaats.dream;

import org.jspecify.annotations.NullMarked;
