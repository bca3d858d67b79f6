/** Scoring: noisy-OR per category and overall, corroboration, levels. Internal. */
package org.indicia.score;
