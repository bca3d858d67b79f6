/**
 * Linking documents into networks: {@link org.indicia.link.Linker} groups documents that share a
 * contact (phone, e-mail, messaging handle) with a union-find, and, separately, near-duplicate
 * documents reposted from one template with MinHash and locality-sensitive hashing (hash4j).
 * Runs after entity extraction ({@code org.indicia.entity}), outside the per-document pipeline.
 */
package org.indicia.link;
