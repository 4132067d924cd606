import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getMe, type Me } from '../../client/collector.js';
import { browserStorage, type DraftStorage } from '../../core/drafts.js';
import { settleUsedLink } from './used-link.js';

/** Where a person's link to the collector stands. */
export type LinkState =
  /** No collector: the element runs on its own (file or `endpoint` mode). */
  | { status: 'none' }
  | { status: 'loading' }
  /** `link` names this person's draft: a hash of their token, never the token. `''` where it cannot be worked out. */
  | { status: 'ready'; me: Me; link: string }
  /**
   * The collector refused the link, or the link is not one for this page. `kept` (`used` only):
   * this browser sent with the link, but the collector could not confirm those answers were the
   * ones received, so they are still saved here.
   */
  | { status: 'refused'; reason: RefusedReason; message: string; kept?: boolean }
  /**
   * The link was used, and the collector confirmed the answers this browser sent were received:
   * their draft is removed. `draftKept`: answers changed after that send (not received) stay saved.
   */
  | { status: 'received'; draftKept: boolean }
  /** No answer, or the collector's database is down: the page offers "Try again". */
  | { status: 'unreachable'; message: string };

export type RefusedReason = 'no-token' | 'unknown' | 'used' | 'closed' | 'not-for-this-page';

export interface LinkHost extends ReactiveControllerHost {
  collector?: string;
  token?: string;
  timeout: number;
  retryDelays: number[];
  storage?: DraftStorage | null;
}

/**
 * The draft key for a link: SHA-256 of a domain-separated form of the token, as hex. It differs from
 * the hash the collector stores, so a browser's saved drafts cannot be matched to invitations.
 * `''` where the browser has no Web Crypto (a page not served over HTTPS).
 */
export async function linkKey(token: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return '';
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(`lpc-draft-link\n${token}`));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The plain-words reason for a refusal, by the collector's `code` when it gave one, else its status. */
export function refusal(status: number | undefined, message: string, code?: string): LinkState {
  if (code === 'link-used') return { status: 'refused', reason: 'used', message };
  if (code === 'closed') return { status: 'refused', reason: 'closed', message };
  if (status === 404) return { status: 'refused', reason: 'unknown', message };
  if (status === 409) return { status: 'refused', reason: 'used', message };
  if (status === 410) return { status: 'refused', reason: 'closed', message };
  if (status === 401) return { status: 'refused', reason: 'no-token', message };
  if (status === 403) return { status: 'refused', reason: 'not-for-this-page', message };
  return { status: 'unreachable', message };
}

/**
 * Loads `GET /me` for `<lpc-assessment collector token>` whenever either changes: the leader's
 * name, the rater's fixed group, the minimums and the 360's status.
 */
export class CollectorLink implements ReactiveController {
  state: LinkState = { status: 'none' };
  #loaded: string | undefined;
  #abort: AbortController | undefined;

  constructor(private readonly host: LinkHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#check();
  }

  hostUpdate(): void {
    this.#check();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#loaded = undefined;
  }

  /** Loads the link again ("Try again" after a network failure). */
  retry(): void {
    this.#loaded = undefined;
    this.#check();
  }

  /** Marks the link as refused after a send (used, closed); a used one is first settled as on loading. */
  refuse(state: LinkState): void {
    const { collector, token } = this.host;
    if (state.status === 'refused' && state.reason === 'used' && collector && token) {
      this.#set({ status: 'loading' });
      void this.#settle(collector, token, this.#abort = new AbortController());
    } else {
      this.#set(state);
    }
  }

  #check(): void {
    const { collector, token } = this.host;
    const key = collector ? `${collector}\n${token ?? ''}` : '';
    if (key === this.#loaded) return;
    this.#loaded = key;
    this.#abort?.abort();
    if (!collector) {
      this.#set({ status: 'none' });
    } else if (!token) {
      this.#set({ status: 'refused', reason: 'no-token', message: 'This page needs the link you were sent. Open that link again.' });
    } else {
      this.#set({ status: 'loading' });
      void this.#load(collector, token);
    }
  }

  async #load(collector: string, token: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    const [answer, link] = await Promise.all([getMe(collector, token, this.#options(abort)), linkKey(token)]);
    if (abort.signal.aborted) return;
    const refused = answer.ok ? undefined : refusal(answer.kind === 'http' ? answer.status : undefined, answer.problems.map((p) => p.message).join(' '), answer.code);
    if (refused?.status === 'refused' && refused.reason === 'used') {
      await this.#settle(collector, token, abort, link);
    } else if (!answer.ok) {
      this.#set(refused!);
    } else if (answer.body.role !== 'rater' && answer.body.role !== 'leader') {
      this.#set({ status: 'refused', reason: 'not-for-this-page', message: 'This link is not for giving feedback. Use the link for your own role.' });
    } else if (answer.body.role === 'leader' && answer.body.leader?.selfSubmitted) {
      await this.#settle(collector, token, abort, link);
    } else if (answer.body.assessment.status !== 'open') {
      this.#set({ status: 'refused', reason: 'closed', message: 'This 360 is closed.' });
    } else {
      this.#set({ status: 'ready', me: answer.body, link });
    }
  }

  /** A used link: confirms this browser's own send when it kept one (see used-link.ts). */
  async #settle(collector: string, token: string, abort: AbortController, link?: string): Promise<void> {
    const settled = await settleUsedLink({ collector, token, link: link ?? (await linkKey(token)), storage: this.host.storage, options: this.#options(abort) });
    if (!abort.signal.aborted) this.#set(settled);
  }

  #options(abort: AbortController) {
    const { timeout, retryDelays } = this.host;
    return { timeoutMs: timeout, retries: retryDelays.length, retryDelaysMs: retryDelays, signal: abort.signal };
  }

  #set(state: LinkState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/** Who is answering, about whom, and where their draft lives: from the link, or from the host's attributes. */
export interface Respondent360 {
  assessmentId: string;
  respondent: 'self' | 'rater';
  /** The rater's group, fixed by the link or given by the host; else chosen on the start page. */
  relationship: string | undefined;
  /** A rater whose group is neither fixed nor given: it is asked on the start page. */
  askRelationship: boolean;
  subjectName: string | undefined;
  groups: readonly { id: string; label: string; hint?: string }[];
  includeSupplementary: boolean;
  /** Names the person's own draft (collector links only). */
  link: string | undefined;
  /** The rater's group minimum when the link says it (1: their answers are shown on their own). */
  groupMinimum: number | undefined;
  /** Where the draft is kept (see `draftStorage`). */
  storage: DraftStorage | null | undefined;
}

/** What the host says about who is answering (its attributes), and the host's own `storage`. */
export type HostRespondent = Omit<Respondent360, 'link' | 'groupMinimum' | 'askRelationship'>;

/** Resolves who is answering once the link is known; `undefined` while it is not (no draft is opened then). */
export function respondentFrom(state: LinkState, host: HostRespondent): Respondent360 | undefined {
  const who = identify(state, host);
  return who && { ...who, storage: draftStorage(state, who, host.storage) };
}

function identify(state: LinkState, host: HostRespondent): Omit<Respondent360, 'storage'> | undefined {
  if (state.status === 'none') return { ...host, askRelationship: host.respondent === 'rater' && !host.relationship, link: undefined, groupMinimum: undefined };
  if (state.status !== 'ready') return undefined;
  const { me, link } = state;
  const rater = me.role === 'rater' ? me.rater : undefined;
  return {
    assessmentId: me.assessment.id,
    respondent: rater ? 'rater' : 'self',
    relationship: rater?.group,
    askRelationship: !!rater && !rater.group,
    subjectName: me.assessment.leaderName,
    groups: rater ? [{ id: rater.group, label: rater.groupLabel }] : [],
    includeSupplementary: me.assessment.includeSupplementary,
    link: link || undefined,
    groupMinimum: rater?.minimum,
  };
}

/**
 * Where this person's draft is kept. A collector link keys it by the link; without Web Crypto the
 * link cannot be hashed, so answers stay on the page. A rater without a link (file mode) keeps it
 * in the tab's sessionStorage: it outlives reloads but not the tab, so the next person on the same
 * browser profile can neither see nor continue nor send it. Else the host's `storage`.
 */
function draftStorage(state: LinkState, who: Pick<Respondent360, 'link' | 'respondent'>, storage: DraftStorage | null | undefined): DraftStorage | null | undefined {
  const linked = state.status === 'ready';
  if (linked && !who.link) return null;
  if (!linked && storage === undefined && who.respondent === 'rater') return browserStorage('session');
  return storage;
}
