/**
 * The decision-level check (ACT!): at a decision each participant privately names the
 * level the group reached (doordrukken … synergie); the reveal shows the spread, stored
 * with the decision.
 */
@NullMarked
package nl.reflectiewerkplaats.decision;

import org.jspecify.annotations.NullMarked;
