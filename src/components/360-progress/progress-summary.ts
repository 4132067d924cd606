/**
 * The 360 at a glance: its status and closing date, how many have responded, whether the leader's
 * self-assessment is in and how many more responses the all-raters figures need; and the link to
 * the report page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Progress, ThreeSixtyStatus } from '../../client/collector-types.js';
import { longDate } from '../../core/local-date.js';

const STATUS_WORDS: Record<ThreeSixtyStatus, string> = { open: 'Open', closed: 'Closed', released: 'Report released' };

export function renderSummary(progress: Progress, leader: string): TemplateResult {
  const needed = Math.max(0, progress.allRatersMinimum - progress.responded);
  return html`<div part="summary">
    <p>
      <strong class="tag tag--${progress.status}">${STATUS_WORDS[progress.status]}</strong>
      ${progress.status === 'open' ? html`People can respond until the end of ${longDate(progress.closesOn)}.` : nothing}
      ${progress.status === 'closed' ? html`No more responses are accepted. The report is not released yet.` : nothing}
      ${progress.status === 'released' ? html`${leader} can read the report.` : nothing}
    </p>
    <p><strong>${progress.responded} of ${progress.invited}</strong> people invited have responded.</p>
    <p>${leader}'s self-assessment: <strong>${progress.self ? 'sent' : 'not sent yet'}</strong>.</p>
    ${needed
      ? html`<p class="inset">The report's all-raters figures need at least ${progress.allRatersMinimum} responses: ${needed} more ${needed === 1 ? 'is' : 'are'} needed.</p>`
      : nothing}
  </div>`;
}

/** The report page with the facilitator's token: a preview until the report is released. */
export function renderReportLink(href: string, status: ThreeSixtyStatus, leader: string): TemplateResult {
  const released = status === 'released';
  return html`<h3>The report</h3>
    <p>
      <a part="report-link" href=${href}>${released ? 'Open the report' : 'Preview the report'}</a>
      ${released ? nothing : html`<span class="hint">(${leader} cannot see it until you release it)</span>`}
    </p>`;
}
