/**
 * Mentions to {@link org.eligo.context.AssertedMention}s: PRESENT, ABSENT, POSSIBLE,
 * HYPOTHETICAL, HISTORICAL or FAMILY from ConText cues (lexicons/context.tsv) and the section.
 * Entry point: {@link org.eligo.context.ConText#annotate}.
 */
package org.eligo.context;
