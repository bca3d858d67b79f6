package org.indicia.rule;

/**
 * One way an expression matched: the token range {@code [start, end)} it covers and the hits
 * (indices into the document's {@code Hits}) that are its evidence. Internal.
 */
public record Match(int start, int end, int[] hits) {}
