/** The perspectiefwissel: roles, the rugzak and two groups. */
@NullMarked
package nl.reflectiewerkplaats.perspective;

import org.jspecify.annotations.NullMarked;
