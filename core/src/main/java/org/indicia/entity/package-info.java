/**
 * Entity extraction: phone numbers (plain and obscured), e-mail addresses, URLs, messaging
 * handles, money amounts and stated ages, each with its original span and a normalized value.
 * Runs on the original text beside the normalize → match pipeline; the engine turns entities
 * into atom hits for {@code entity:} conditions. Internal: the API is {@code org.indicia.Entity}
 * and {@code Assessment.entities()}.
 */
package org.indicia.entity;
