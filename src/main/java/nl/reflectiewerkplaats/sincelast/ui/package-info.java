/** "Sinds de vorige keer" in the workspace: a tab and an agenda step. */
@NullMarked
package nl.reflectiewerkplaats.sincelast.ui;

import org.jspecify.annotations.NullMarked;
