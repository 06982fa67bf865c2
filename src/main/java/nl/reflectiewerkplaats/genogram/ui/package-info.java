/** The geno-sociogram editor as a component the session view places, and its page on the case. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.genogram.ui;
