/** The spinnenweb as a tab of the session view, with its server-drawn radar. */
@NullMarked
package nl.reflectiewerkplaats.spiderweb.ui;

import org.jspecify.annotations.NullMarked;
