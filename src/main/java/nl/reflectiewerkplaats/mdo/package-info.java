/**
 * The MDO (multidisciplinair overleg) in six steps, after Pameijer's HGW en het MDO: the
 * agenda it provides, its consent (who gave it, when) and who of the family takes part.
 */
@NullMarked
package nl.reflectiewerkplaats.mdo;

import org.jspecify.annotations.NullMarked;
