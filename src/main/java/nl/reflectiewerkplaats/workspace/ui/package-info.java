/** The session view, its instrument tabs and the panels built when first shown. */
@NullMarked
package nl.reflectiewerkplaats.workspace.ui;

import org.jspecify.annotations.NullMarked;
