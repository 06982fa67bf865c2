/** The decision-level check as a tab of the session view. */
@NullMarked
package nl.reflectiewerkplaats.decision.ui;

import org.jspecify.annotations.NullMarked;
