/**
 * Language identification and the language modules' profiles ({@link org.indicia.lang.Languages}):
 * which packs and analyzers apply to a text. Internal.
 */
package org.indicia.lang;
