/**
 * Trial design downstream of the screening: strata from trial-defined factors, Pocock–Simon
 * minimisation with a replayable assignment log, and fairness of eligibility (exclusion rates
 * by group with Wilson intervals, the four-fifths rule, criterion relaxation). Reads records
 * and matches; never reads notes.
 */
package org.eligo.design;
