/**
 * HTML that people read: the review report of {@code scan --format html}, the evaluation report's
 * charts (inline SVG) and the page of the screening service. Self-contained pages, every foreign
 * string escaped, no script, a restrictive Content-Security-Policy.
 */
package org.indicia.cli.report;
