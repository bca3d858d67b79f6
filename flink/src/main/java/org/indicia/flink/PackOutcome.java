package org.indicia.flink;

/**
 * What one task did with a pack update: every parallel task reports, so a run of {@code
 * parallelism} outcomes for one update says the whole job serves (or refused) it.
 *
 * @param task the index of the reporting subtask
 * @param name the pack update's name
 * @param accepted whether the update now serves; false: refused, the previous packs still serve
 * @param packs the packs serving after the update, as {@code id@version}, comma-separated
 * @param error the located error of a refused pack ({@code name:line:column: fault}), or null
 */
public record PackOutcome(int task, String name, boolean accepted, String packs, String error) {}
