package org.indicia;

/** How much an assessment's combined evidence says, from {@code NONE} to {@code HIGH}. */
public enum Level {
  NONE,
  LOW,
  MEDIUM,
  HIGH;

  /** Whether this level is {@code other} or above. */
  public boolean atLeast(Level other) {
    return compareTo(other) >= 0;
  }
}
