package org.eligo.predict;

/** Bad input to prediction (a file, line and field are named; never patient text). */
public final class PredictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PredictException(String message) {
    super(message);
  }
}
