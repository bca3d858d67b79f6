package org.indicia.link;

import java.util.Arrays;

/**
 * Disjoint sets over {@code 0..n-1} that grow one element at a time: union by size with path
 * halving, so a stream of n additions and m unions costs O((n + m) α(n)) (Tarjan 1975).
 */
final class UnionFind {
  private int[] parent = new int[64];
  private int[] size = new int[64];
  private int count;

  int add() {
    if (count == parent.length) {
      parent = Arrays.copyOf(parent, count * 2);
      size = Arrays.copyOf(size, count * 2);
    }
    parent[count] = count;
    size[count] = 1;
    return count++;
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
  }

  int size(int x) {
    return size[find(x)];
  }

  int count() {
    return count;
  }
}
