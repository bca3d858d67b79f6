/** Rule evaluation: compiled expressions over a document's atom hits, and negation. Internal. */
package org.indicia.rule;
