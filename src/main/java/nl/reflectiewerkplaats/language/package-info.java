/** Werkkaart 6: feeling words and image cards, chosen in a private round and then revealed. */
@NullMarked
package nl.reflectiewerkplaats.language;

import org.jspecify.annotations.NullMarked;
