/**
 * Sentences to typed {@link org.eligo.extract.Mention}s with character spans: variants,
 * biomarkers, performance status, diagnosis and stage, metastases, therapies, conditions, age
 * and sex. Entry point: {@link org.eligo.extract.Extractors#extract}.
 */
package org.eligo.extract;
