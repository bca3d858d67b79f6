/** The service-provider interface through which language modules ship their rule packs. */
package org.indicia.spi;
