/** The session workspace that composes the instruments of a meeting. */
@NullMarked
package nl.reflectiewerkplaats.workspace;

import org.jspecify.annotations.NullMarked;
