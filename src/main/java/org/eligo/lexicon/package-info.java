/**
 * Lexicons: {@code lexicons/*.tsv} (genes, cancers, drugs, conditions, section headers, context
 * cues) loaded into immutable maps and {@link org.eligo.lexicon.PhraseMatcher}s. Entry point:
 * {@link org.eligo.lexicon.Lexicons#load()}.
 */
package org.eligo.lexicon;
