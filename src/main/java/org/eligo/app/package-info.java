/** Wiring only: {@link org.eligo.app.Eligo} builds the pipeline once for the entry points. */
package org.eligo.app;
