package nl.reflectiewerkplaats.genogram;

/** A place on the diagram, in diagram units (a person is about 44 wide). */
public record Point(double x, double y) {
}
