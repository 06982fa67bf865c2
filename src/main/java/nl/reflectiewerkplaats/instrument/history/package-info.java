/**
 * The hook between the instruments whose shared documents keep a history (the timeline, the
 * geno-sociogram) and the {@code history} module: instruments tell a {@link ChangeJournal} what they
 * changed, and register a {@link HistoryTarget} that can put one of their documents back in an earlier
 * state. Neither side names the other.
 */
@NamedInterface("history")
@NullMarked
package nl.reflectiewerkplaats.instrument.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
