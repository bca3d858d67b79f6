/**
 * The service-provider interface of language modules: a {@link org.indicia.spi.LanguageModule}
 * ships a language's rule packs and its {@link org.indicia.spi.LanguageProfile} (routing stop
 * words, short-text cues, marks, elisions, lint common words, {@link org.indicia.spi.Stemmer}).
 * Core holds no language-specific data: a new language needs a module, not a core change.
 */
package org.indicia.spi;
