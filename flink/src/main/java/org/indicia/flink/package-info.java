/**
 * Screening on Apache Flink: {@link org.indicia.flink.Screening} assesses documents with one
 * detector per task and takes rule-pack updates on a broadcast stream; {@link
 * org.indicia.flink.ScreeningJob} is the runnable job (JSON Lines files in, scan's JSON Lines
 * out).
 */
package org.indicia.flink;
