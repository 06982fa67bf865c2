/** The facilitator's list of rounds stopped without a reveal, placed by each instrument that runs rounds. */
@NamedInterface("ui")
@NullMarked
package nl.reflectiewerkplaats.round.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
