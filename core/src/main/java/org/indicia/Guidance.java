package org.indicia;

import java.util.Objects;

/**
 * Advice that comes with an indicator, in its pack's language: what the sign means for a job
 * seeker or worker (and what a legitimate employer does instead), what a reviewer should check
 * before acting, and the platform's own helpline text when the detector was given one ({@link
 * Detector.Builder#helpline(String)}). Each part is {@code ""} when absent; nothing is built in.
 *
 * @param worker advice for job seekers and workers
 * @param reviewer what a reviewer should check before acting
 * @param helpline the platform's helpline text for the pack's language
 */
public record Guidance(String worker, String reviewer, String helpline) {
  /** No guidance at all. */
  public static final Guidance NONE = new Guidance("", "", "");

  /** @throws NullPointerException if an argument is null (use {@code ""} for none) */
  public Guidance {
    Objects.requireNonNull(worker, "worker");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(helpline, "helpline");
  }

  /** Whether every part is empty. */
  public boolean isEmpty() {
    return worker.isEmpty() && reviewer.isEmpty() && helpline.isEmpty();
  }

  /** This guidance with {@code helpline} as its helpline. */
  public Guidance withHelpline(String helpline) {
    return new Guidance(worker, reviewer, helpline);
  }
}
