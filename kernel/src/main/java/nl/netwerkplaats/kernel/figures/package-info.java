/**
 * The filter and value types of the network overview (issue 9), shared by the modules' figures APIs. Plain values:
 * no module's tables, no persistence.
 */
package nl.netwerkplaats.kernel.figures;
