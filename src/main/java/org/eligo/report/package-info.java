/**
 * Results to output: JSON lines of FORMATS.md ({@link org.eligo.report.ScreenJson}, {@link
 * org.eligo.report.CriteriaJson}) and terminal tables ({@link org.eligo.report.Tables}).
 */
package org.eligo.report;
