/**
 * The one live-update path: {@code CaseBroadcaster} delivers past-tense events to every open view of a
 * case, and presence.
 */
@NullMarked
package nl.reflectiewerkplaats.live;

import org.jspecify.annotations.NullMarked;
