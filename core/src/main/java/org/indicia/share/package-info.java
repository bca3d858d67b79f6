/**
 * Privacy-preserving sharing: {@link org.indicia.share.ShareKey} replaces entity values by keyed
 * hashes (HMAC-SHA256 of their canonical form), so organisations holding the same key can link
 * their documents without exchanging raw contacts. Applied to output, after assessment.
 */
package org.indicia.share;
