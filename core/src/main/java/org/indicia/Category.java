package org.indicia;

/**
 * The sixteen indicator categories: the ILO's eleven indicators of forced labour, then five
 * categories for cues specific to online ads. Packs may not invent others.
 */
public enum Category {
  ABUSE_OF_VULNERABILITY,
  DECEPTION,
  RESTRICTED_MOVEMENT,
  ISOLATION,
  VIOLENCE,
  THREATS,
  DOCUMENT_RETENTION,
  WAGE_WITHHOLDING,
  DEBT_BONDAGE,
  ABUSIVE_CONDITIONS,
  EXCESSIVE_HOURS,
  RECRUITMENT_FRAUD,
  THIRD_PARTY_CONTROL,
  MOBILITY,
  YOUTH,
  CONTACT_EVASION;

  /** Whether this is one of the ILO's eleven forced-labour indicators. */
  public boolean isIloIndicator() {
    return ordinal() <= EXCESSIVE_HOURS.ordinal();
  }
}
