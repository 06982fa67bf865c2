/** The ladder in the workspace and on the case's own page. */
@NullMarked
package nl.reflectiewerkplaats.ladder.ui;

import org.jspecify.annotations.NullMarked;
