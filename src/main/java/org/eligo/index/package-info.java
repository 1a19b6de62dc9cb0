/**
 * Patient records ⇄ an on-disk Lucene index, and the search query language. Entry points:
 * {@link org.eligo.index.PatientIndex#open}, {@link org.eligo.index.QueryLanguage#parse}.
 */
package org.eligo.index;
