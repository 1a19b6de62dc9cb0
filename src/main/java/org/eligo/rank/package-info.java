/**
 * A trial and candidate records → ranked {@link org.eligo.rank.Match}es: the evaluator decides,
 * the {@link org.eligo.rank.Scorer} orders. Entry point: {@link org.eligo.rank.Ranker#rank}.
 */
package org.eligo.rank;
