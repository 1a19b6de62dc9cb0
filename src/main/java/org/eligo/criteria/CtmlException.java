package org.eligo.criteria;

/**
 * Why a CTML node has no eligo predicate. {@code field} is its path in the file; {@code
 * malformed} is true when the file breaks the format (reported as a rejected input), false
 * when the node is valid CTML that eligo does not model (the criterion stays, not computable).
 */
final class CtmlException extends RuntimeException {
  private final String field;
  private final boolean malformed;

  CtmlException(String field, String message, boolean malformed) {
    super(message);
    this.field = field;
    this.malformed = malformed;
  }

  String field() {
    return field;
  }

  boolean malformed() {
    return malformed;
  }
}
