/** Pack reading and validation: YAML/JSON with locations, strict checks, limits. Internal. */
package org.indicia.pack;
