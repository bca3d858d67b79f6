/**
 * {@code indicia serve}: a local screening service on the JDK's own HTTP server. JSON in, the
 * {@code scan} JSON out; a page for people; limits that answer 4xx/503 instead of falling over;
 * pack reload without restart; no document text in any log.
 */
package org.indicia.cli.serve;
