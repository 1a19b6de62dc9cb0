/**
 * Notes to {@link org.eligo.text.Document}s: sections (headers from lexicons/sections.tsv) and
 * sentences (OpenNLP) with character spans into the original text. Entry point: {@link
 * org.eligo.text.Segmenter#segment}.
 */
package org.eligo.text;
