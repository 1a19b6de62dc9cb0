/**
 * Trial eligibility criteria in computable form.
 *
 * <p><b>Input:</b> ClinicalTrials.gov API v2 study JSON (a study file, an API page {@code
 * {"studies":[...]}}, or a directory of {@code *.json}), CTML files (MatchMiner's trial format,
 * {@code *.ctml.json}, {@code *.yaml}, {@code *.yml}; {@link org.eligo.criteria.CtmlWriter} writes
 * them), or a bare eligibility-criteria text.
 *
 * <p><b>Output:</b> {@link org.eligo.criteria.Trial}s whose {@link org.eligo.criteria.Criterion}s
 * carry a sealed {@link org.eligo.criteria.Predicate} (age, sex, diagnosis, stage, variant,
 * biomarker, performance status, metastasis, prior therapy, condition, administrative, and
 * AllOf/AnyOf/Not) or, when the text has no computable form yet, a category guess and the reason.
 * Structured age and sex limits come first ({@code S-AGE}, {@code S-SEX}), then inclusions {@code
 * I1..} and exclusions {@code E1..} in document order. Rejected input is reported as {@link
 * org.eligo.core.Problem}s, never thrown.
 *
 * <p><b>Entry point:</b> {@link org.eligo.criteria.Trials} (or {@link
 * org.eligo.criteria.TrialReader} with a {@link org.eligo.criteria.CriteriaSegmenter} and a
 * {@link org.eligo.criteria.CriterionParser}). The parser is rule-based over {@code lexicons/},
 * including {@code lexicons/variant_sets.tsv}; its reading of each concept is documented on the
 * package-private rule classes ({@code AgeRule}, {@code StageRule}, {@code TherapyRule}, ...).
 */
package org.eligo.criteria;
