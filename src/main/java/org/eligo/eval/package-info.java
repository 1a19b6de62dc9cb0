/**
 * Outputs and gold → metrics: status accuracy of screening per trial. Entry point: {@link
 * org.eligo.eval.StatusAccuracy#of}.
 */
package org.eligo.eval;
