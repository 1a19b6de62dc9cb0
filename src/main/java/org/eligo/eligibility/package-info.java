/**
 * A trial's criteria × a patient record → {@link org.eligo.eligibility.Eligibility}: a tri-state
 * {@link org.eligo.eligibility.Verdict} per criterion with reason and evidence, and the status.
 * Entry point: {@link org.eligo.eligibility.Evaluator#evaluate}.
 */
package org.eligo.eligibility;
