/** A rater group: who the rater is to the leader. */
export interface RaterGroup {
  /** Stored in the response's `relationship`, e.g. `peer`. Lower case, digits and dashes. */
  id: string;
  /** Shown to the rater. */
  label: string;
  hint?: string;
}

/** The default rater groups. A host can set its own list, e.g. adding "people who use services". */
export const DEFAULT_GROUPS: readonly RaterGroup[] = [
  { id: 'line-manager', label: 'I am their line manager' },
  { id: 'peer', label: 'I am a peer', hint: 'We work at the same level, in the same or another organisation' },
  { id: 'direct-report', label: 'They manage me' },
  { id: 'other', label: 'Other' },
];
