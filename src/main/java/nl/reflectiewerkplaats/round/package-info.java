/**
 * The one "private, then reveal" round: open, who has answered, reveal (named or anonymous), pin a
 * question.
 */
@NullMarked
package nl.reflectiewerkplaats.round;

import org.jspecify.annotations.NullMarked;
