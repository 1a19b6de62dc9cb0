/**
 * Response prediction for immune checkpoint blockade: cohort tables, the LORIS formula, a
 * Tribuo-trained logistic model saved with its provenance, per-row explanations, and the
 * rank and calibration measures (AUC, Brier score, reliability bins) used to judge them.
 * Sits above rank and report, below eval, app and cli.
 */
package org.eligo.predict;
