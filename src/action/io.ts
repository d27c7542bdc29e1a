// What the action needs of the Actions runtime, passed in so that every step can be tested.
import type { Annotation } from './annotations.js';

export interface ActionIo {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** A directory for the report files (RUNNER_TEMP). */
  readonly tempDir: string;
  readonly version: string;
}
