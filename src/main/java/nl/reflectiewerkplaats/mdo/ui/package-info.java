/** The MDO in the workspace (the six steps and the consent) and the page that plans one. */
@NullMarked
package nl.reflectiewerkplaats.mdo.ui;

import org.jspecify.annotations.NullMarked;
