/** The afspraken in the workspace: looked back on first, then made live. */
@NullMarked
package nl.reflectiewerkplaats.agreements.ui;

import org.jspecify.annotations.NullMarked;
