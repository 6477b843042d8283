import type { Stage } from '../../lib/db/records';

/** What the tracker board and journal change; each goes to the worker, whose write the page's live query then shows. */
export interface TrackerActions {
  setStage(offerId: string, stage: Stage): Promise<boolean>;
  setNote(offerId: string, note: string): Promise<boolean>;
  setContact(offerId: string, contact: string): Promise<boolean>;
  /** The seeker's date for the step moved at `at`. */
  setStepDate(offerId: string, at: number, on: number): Promise<boolean>;
}
