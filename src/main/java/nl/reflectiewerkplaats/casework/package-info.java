/** Cases, leerbijeenkomsten, invite and watch links, participants and joining by link. */
@NullMarked
package nl.reflectiewerkplaats.casework;

import org.jspecify.annotations.NullMarked;
