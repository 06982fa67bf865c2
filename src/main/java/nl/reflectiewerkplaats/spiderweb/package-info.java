/**
 * The spinnenweb (ACT!): each person scores themselves privately on the eight
 * competencies of normative professionalism; the group sees only webs shared by choice;
 * the facilitator's pitfalls checklist.
 */
@NullMarked
package nl.reflectiewerkplaats.spiderweb;

import org.jspecify.annotations.NullMarked;
