/** Werkkaart 7: a text by stanza ("in welke strofe zitten wij?") or an uploaded image. */
@NullMarked
package nl.reflectiewerkplaats.art;

import org.jspecify.annotations.NullMarked;
