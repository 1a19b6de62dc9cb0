package org.eligo.criteria;

/**
 * One family of criterion concepts (age, biomarkers, variants, ...). A rule reads the
 * sentence's unmasked text, adds what it found to the reading, and masks what it consumed.
 */
interface Rule {
  void apply(Sentence sentence, Reading reading);
}
