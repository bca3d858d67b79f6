/**
 * Text stages of the pipeline: normalization with a map back to original offsets, then
 * tokenization. Internal.
 */
package org.indicia.text;
