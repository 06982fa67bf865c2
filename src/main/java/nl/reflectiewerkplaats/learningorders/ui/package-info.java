/** The three orders of learning in the workspace. */
@NullMarked
package nl.reflectiewerkplaats.learningorders.ui;

import org.jspecify.annotations.NullMarked;
