/**
 * The afspraken of a case: one list, who does what, why, when and how, with a due date
 * and a status; made in a meeting and looked back on at the start of the next
 * ("wat is er van terechtgekomen?"). After Pameijer's HGW en het MDO, step 6.
 */
@NullMarked
package nl.reflectiewerkplaats.agreements;

import org.jspecify.annotations.NullMarked;
