/**
 * Value types every layer shares: {@link org.eligo.core.Note}, {@link org.eligo.core.CharSpan},
 * {@link org.eligo.core.Evidence}, {@link org.eligo.core.Assertion} and the {@link
 * org.eligo.core.Problem}s an input produced. Depends on nothing else in eligo.
 */
package org.eligo.core;
