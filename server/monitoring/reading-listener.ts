/**
 * The contract between ingestion and what follows a durable write (alarm evaluation, live readings on the
 * event stream). Ingestion calls every listener after the readings are committed — never before — with the
 * accepted (non-duplicate) readings of one write, sorted by sensor then timestamp, one write after the other in
 * the order the writes started (a later write that commits first waits for the earlier one). It does not wait for a listener's promise before the next call: a slow listener queues (and may
 * merge) the calls itself; the promise only tells `IngestPipeline.drain` when the work is done.
 */
export interface StoredReading {
  sensorId: string;
  /** Epoch milliseconds. */
  ts: number;
  value: number;
  /** Outside the sensor's [rangeLow, rangeHigh]: stored flagged, raises `sensor_fault`. */
  outOfRange: boolean;
}

/** Which write the readings come from: writes are numbered as they start, and listeners hear them in that order. */
export interface ReadingsCommit {
  seq: number;
}

export interface ReadingListener {
  onReadings(readings: readonly StoredReading[], commit: ReadingsCommit): Promise<void> | void;
}
