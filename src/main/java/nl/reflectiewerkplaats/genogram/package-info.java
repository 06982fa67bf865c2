/** Werkkaart 4: the geno-sociogram and the krachtenveld (persons, lines, events, tidy layout). */
@NullMarked
package nl.reflectiewerkplaats.genogram;

import org.jspecify.annotations.NullMarked;
