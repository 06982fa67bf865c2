/** The facilitator's list of rounds stopped without a reveal, placed by each instrument that runs rounds. */
@org.springframework.modulith.NamedInterface("ui")
package nl.reflectiewerkplaats.round.ui;
