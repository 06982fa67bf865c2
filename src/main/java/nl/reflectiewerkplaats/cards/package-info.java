/** The werkkaarten: loaded from {@code werkkaarten/*.yaml} and validated at start. */
@NullMarked
package nl.reflectiewerkplaats.cards;

import org.jspecify.annotations.NullMarked;
