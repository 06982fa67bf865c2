/**
 * The contract between the instruments and the places that show them: an instrument module registers
 * its own beans and nothing else has to know it.
 */
@NullMarked
package nl.reflectiewerkplaats.instrument;

import org.jspecify.annotations.NullMarked;
