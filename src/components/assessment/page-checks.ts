import { selectAnswerMessage, unansweredItems } from '../../core/response.js';
import type { Draft, Framework } from '../../core/types.js';
import { ratingId } from './pages/theme.js';
import { subjectWords, type AssessmentView, type PageError } from './view.js';

/** What stops a rater leaving the start page: how they work with the leader, asked and not chosen yet. */
export function startErrors(who: Pick<AssessmentView, 'askRelationship' | 'relationship' | 'subjectName'>): PageError[] {
  return who.askRelationship && !who.relationship ? [{ targetId: 'relationship-0', message: `Select how you work with ${subjectWords(who)}` }] : [];
}

/** What stops Continue on a theme page: each item not answered yet, linked to its rating. */
export function themeErrors(draft: Draft | undefined, framework: Framework, themeIndex: number): PageError[] {
  return unansweredItems(draft, framework, framework.themes[themeIndex]).map((item) => ({ targetId: ratingId(item.id), message: selectAnswerMessage(item) }));
}
