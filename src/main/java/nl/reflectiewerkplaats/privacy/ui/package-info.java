/** The privacy section of the case page. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.privacy.ui;
