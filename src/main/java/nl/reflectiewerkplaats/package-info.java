/** Reflectiewerkplaats: one feature module per package below this one (checked by Spring Modulith). */
@NullMarked
package nl.reflectiewerkplaats;

import org.jspecify.annotations.NullMarked;
