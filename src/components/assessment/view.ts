import type { DraftLoader } from '../../controllers/draft-controller.js';
import type { DraftStorage, DraftStore } from '../../core/drafts.js';
import type { Framework } from '../../core/types.js';
import type { RaterGroup } from './groups.js';

import type { Page } from '../../core/assessment-flow.js';

export type { Page };

/** One problem on a page, linked from the error summary to the field it is about. */
export interface PageError {
  /** The id of the field in the shadow root (a rating or the first relationship radio). */
  targetId: string;
  message: string;
}

/** What a page template needs from `<lpc-assessment>`: data, and what the user can do. */
export interface AssessmentView {
  framework: Framework;
  store: DraftStore;
  storage: DraftStorage | null | undefined;
  drafts: DraftLoader;
  assessmentId: string;
  respondent: 'self' | 'rater';
  subjectName: string | undefined;
  /** The rater's group, given by the host or chosen on the start page. */
  relationship: string | undefined;
  /** True when the host gave no relationship and the respondent is a rater. */
  askRelationship: boolean;
  groups: readonly RaterGroup[];
  includeSupplementary: boolean;
  /** True when submitting sends the answers (to the collector or an endpoint), not a file. */
  sends: boolean;
  /** How long answers are kept here: in this tab only (raters without a link), per link, or in the browser. */
  keptFor: 'tab' | 'link' | 'browser';
  /** Names the person's own draft (collector links). */
  link: string | undefined;
  /** The rater's group minimum when known (1: their answers are shown on their own). */
  groupMinimum: number | undefined;
  errors: PageError[];
  sending: boolean;
  sendError: string | undefined;
  confirmation: { sent: boolean; fileUrl?: string; fileName: string } | undefined;
  actions: {
    start(): void;
    resume(): void;
    restart(): void;
    chooseRelationship(id: string): void;
    next(): void;
    back(): void;
    change(page: Page, focusId?: string): void;
    submit(): void;
    downloadResponse(): void;
    downloadDraft(): void;
    fileSaved(): void;
    focusField(id: string): void;
  };
}

/** The rater's or the leader's name, in words. */
export function subjectWords(view: Pick<AssessmentView, 'subjectName'>): string {
  return view.subjectName?.trim() || 'the leader';
}
