/**
 * Indicia's API: build a {@link org.indicia.Detector} from rule packs, assess texts, read the
 * {@link org.indicia.Assessment}'s findings with evidence in original-text offsets.
 */
package org.indicia;
