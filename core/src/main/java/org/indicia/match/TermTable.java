package org.indicia.match;

import java.util.Arrays;

/**
 * An open-addressing hash table from words (char slices) to dense ids, with all keys in one char
 * pool: a lookup hashes the slice once and compares chars in place, so matching a token
 * allocates nothing. Built once, then read by many threads. Internal (also used by the language
 * router for stop words).
 */
public final class TermTable {
  private char[] pool = new char[1024];
  private int poolSize;
  private int[] keyStart = new int[16];
  private int[] keyLength = new int[16];
  private int size;
  /** Slot → id + 1 (0 = empty). Capacity a power of two, load ≤ 0.5. */
  private int[] slots = new int[32];

  public int size() {
    return size;
  }

  public static int hash(char[] s, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + s[i];
    }
    return h;
  }

  /** Spreads a string hash over the table (Murmur3's finalizer). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** The id of {@code s[off, off + len)}, or -1; {@code h} is {@link #hash} of the slice. */
  public int get(char[] s, int off, int len, int h) {
    int mask = slots.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      int v = slots[i];
      if (v == 0) {
        return -1;
      }
      int id = v - 1;
      if (keyLength[id] == len && equal(s, off, len, keyStart[id])) {
        return id;
      }
    }
  }

  private boolean equal(char[] s, int off, int len, int at) {
    for (int k = 0; k < len; k++) {
      if (pool[at + k] != s[off + k]) {
        return false;
      }
    }
    return true;
  }

  int get(String s) {
    char[] c = s.toCharArray();
    return get(c, 0, c.length, hash(c, 0, c.length));
  }

  /** Adds {@code s} if absent; returns its id. */
  public int add(String s) {
    char[] c = s.toCharArray();
    int h = hash(c, 0, c.length);
    int id = get(c, 0, c.length, h);
    if (id >= 0) {
      return id;
    }
    if (poolSize + c.length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + c.length));
    }
    System.arraycopy(c, 0, pool, poolSize, c.length);
    if (size == keyStart.length) {
      keyStart = Arrays.copyOf(keyStart, size * 2);
      keyLength = Arrays.copyOf(keyLength, size * 2);
    }
    id = size++;
    keyStart[id] = poolSize;
    keyLength[id] = c.length;
    poolSize += c.length;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    } else {
      insert(id, h);
    }
    return id;
  }

  private void insert(int id, int h) {
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = id + 1;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int id = 0; id < size; id++) {
      insert(id, hash(pool, keyStart[id], keyLength[id]));
    }
  }

  /** Trims the arrays after building, so the table retains only what it needs. */
  public void freeze() {
    pool = Arrays.copyOf(pool, poolSize);
    keyStart = Arrays.copyOf(keyStart, size);
    keyLength = Arrays.copyOf(keyLength, size);
  }

  String key(int id) {
    return new String(pool, keyStart[id], keyLength[id]);
  }
}
