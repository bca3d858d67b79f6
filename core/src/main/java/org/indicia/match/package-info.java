/** Matching: one compiled matcher for all atoms of all packs. Internal. */
package org.indicia.match;
