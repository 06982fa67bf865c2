/** Views and helpers for logging in and for knowing who the current user is. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.access.ui;
