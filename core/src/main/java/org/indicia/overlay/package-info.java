/**
 * Policy overlays: reading an overlay file, resolving it against the loaded packs (ids and globs
 * to indicators, the changes to apply) and, per document, the spans its {@code allow} rules
 * exclude from evidence. The API is {@link org.indicia.Overlay}. Internal.
 */
package org.indicia.overlay;
