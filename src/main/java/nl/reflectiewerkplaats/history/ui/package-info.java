/** The "Geschiedenis" dialog of the timeline and the geno-sociogram: recent changes, undo, restore. */
@NullMarked
package nl.reflectiewerkplaats.history.ui;

import org.jspecify.annotations.NullMarked;
