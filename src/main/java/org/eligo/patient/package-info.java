/**
 * Asserted mentions of all a patient's notes to one {@link org.eligo.patient.PatientRecord}:
 * newest dated fact wins, conflicts flagged, evidence kept; structured demographics win. Entry
 * point: {@link org.eligo.patient.PatientPipeline#build}; {@link org.eligo.patient.RecordJson}
 * writes and reads the extract format.
 */
package org.eligo.patient;
