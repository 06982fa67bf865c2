/** Binds views to the live path: subscribe on attach, unsubscribe on detach. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.live.ui;
