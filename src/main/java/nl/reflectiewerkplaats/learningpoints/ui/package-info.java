/** The leerpunten in the workspace and on the case's own page. */
@NullMarked
package nl.reflectiewerkplaats.learningpoints.ui;

import org.jspecify.annotations.NullMarked;
