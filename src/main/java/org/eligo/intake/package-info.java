/**
 * Input files to records: notes (JSON Lines or a folder of .txt) and structured patients (JSON
 * Lines or CSV). Invalid records become {@link org.eligo.core.Problem}s naming file, line and
 * field; valid ones go through. Entry points: {@link org.eligo.intake.NoteReader}, {@link
 * org.eligo.intake.PatientReader}.
 */
package org.eligo.intake;
