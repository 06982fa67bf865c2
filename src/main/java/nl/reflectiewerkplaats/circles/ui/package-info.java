/** The three circles in the workspace: filled in together, live. */
@NullMarked
package nl.reflectiewerkplaats.circles.ui;

import org.jspecify.annotations.NullMarked;
