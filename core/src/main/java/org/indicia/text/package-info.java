/**
 * Text stages of the pipeline: normalization with a map back to original offsets (Unicode
 * folding, then the evasion folds that undo disguised words: look-alike letters, leetspeak, split
 * letters, invisible characters, repeated letters, emoji), then tokenization. Internal.
 */
package org.indicia.text;
