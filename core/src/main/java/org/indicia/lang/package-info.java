/** Language identification: which packs and analyzers apply to a text. Internal. */
package org.indicia.lang;
