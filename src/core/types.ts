/**
 * The data model of lpc-components. The published JSON Schemas in `schemas/` are generated from
 * these types (`npm run schema`), so the JSDoc keywords below (`@maxLength`, `@pattern`, ...) are
 * part of the contract. No DOM here: this module runs in Node and in the browser.
 */

/**
 * A stable, readable id such as `being`, `being.authenticity` or `being.q1`.
 * @pattern ^[a-z0-9]+(?:[-.][a-z0-9]+)*$
 * @maxLength 120
 */
export type Id = string;

/**
 * Plain text. Rendered as text only, never as HTML.
 * @maxLength 5000
 */
export type Text = string;

/** Where a piece of text comes from. */
export interface Source {
  /** Title of the document, e.g. "Leadership for Personalised Care: Core Framework". */
  document: Text;
  /** Who published it, e.g. "NHS England". */
  publisher: Text;
  /**
   * Publication date, `YYYY-MM` or `YYYY-MM-DD`.
   * @pattern ^\d{4}-\d{2}(-\d{2})?$
   */
  date: string;
  /** Who wrote it, when the document names an author. */
  author?: Text;
}

/** A systems leadership behaviour: a heading and its description. */
export interface Behaviour {
  id: Id;
  kind: 'behaviour';
  /** Heading, capitals normalised for display (the document prints it in capitals). */
  heading: Text;
  text: Text;
  source: Source;
}

/** A "leadership for personalised care" quality: one sentence, no heading in the document. */
export interface Quality {
  id: Id;
  kind: 'quality';
  text: Text;
  source: Source;
}

/** Any item a leader can be rated on. */
export type FrameworkItem = Behaviour | Quality;

/**
 * Whether the framework document gives text for a theme.
 * `complete`: behaviours and qualities as the document gives them.
 * `no-text-in-source`: the document names the theme but prints no text under it.
 */
export type ThemeStatus = 'complete' | 'no-text-in-source';

/** Material from another document, kept apart from the framework's own items. */
export interface Supplementary {
  id: Id;
  /** Short label, e.g. "Lead and vision (NHS England blog, 2020)". */
  label: Text;
  text: Text;
  source: Source;
  /** Always true: this text is not part of the framework itself. */
  supplementary: true;
}

export interface Theme {
  id: Id;
  /** Theme title, capitals normalised for display. */
  title: Text;
  status: ThemeStatus;
  /** Plain-English explanation of the status, shown by every element that lists themes. */
  statusNote?: Text;
  /** @maxItems 200 */
  behaviours: Behaviour[];
  /** @maxItems 200 */
  qualities: Quality[];
  /**
   * Text from other documents, clearly marked, never mixed with the framework's items and never
   * part of the assessment unless a host asks for it.
   * @maxItems 20
   */
  supplementary?: Supplementary[];
}

/** One point of a rating scale. */
export interface ScalePoint {
  /**
   * @minimum 0
   * @maximum 100
   * @TJS-type integer
   */
  value: number;
  label: Text;
  description?: Text;
}

/**
 * The rating scale used by the assessment. The framework gives none, so the data says who chose it.
 */
export interface RatingScale {
  id: Id;
  /** `project-choice`: chosen by lpc-components, not by the framework. `host`: supplied by the host page. */
  origin: 'project-choice' | 'host' | 'framework';
  /** Why this scale, and that it can be replaced. */
  note: Text;
  /** The question each item answers, e.g. "How often does this person show this?" */
  question: Text;
  /**
   * Points from lowest to highest.
   * @minItems 2
   * @maxItems 11
   */
  points: ScalePoint[];
  /** Label of the optional "not observed / don't know" choice; never counted as a score. */
  notObservedLabel: Text;
}

/** A heading with text, used for the framework's context (the personalised-care components). */
export interface HeadedText {
  heading: Text;
  text: Text;
}

/** Context text the framework gives around its themes, for elements that show it. */
export interface FrameworkContext {
  /** @maxItems 50 */
  introduction: Text[];
  /** @maxItems 50 */
  about: Text[];
  /** The aims listed under "How to use this document". @maxItems 20 */
  aims: Text[];
  /** The personalised-care components listed in the introduction. @maxItems 20 */
  components: HeadedText[];
  source: Source;
}

/** The framework file: `data/lpc-core-framework-2020.json`. */
export interface Framework {
  $schema?: string;
  id: Id;
  /** @maxLength 40 */
  version: string;
  title: Text;
  source: Source;
  context: FrameworkContext;
  /**
   * @minItems 1
   * @maxItems 50
   */
  themes: Theme[];
  ratingScale: RatingScale;
  /** Notes on how the data was made: where the documents are silent and what was chosen. @maxItems 20 */
  dataNotes?: Text[];
}

/** Who gives a response: the leader about themselves, or a rater about the leader. */
export type Respondent = 'self' | 'rater';

/**
 * A rater's relationship to the leader. The defaults are `line-manager`, `peer`, `direct-report`
 * and `other`; a host may add groups such as `people-who-use-services`.
 */
export type Relationship = Id;

/** The answer to one item. */
export interface Answer {
  itemId: Id;
  /** A value of the scale, or "not-observed" (never counted as a score). */
  value: number | 'not-observed';
  /** @maxLength 2000 */
  comment?: string;
}

/** A completed 360 response, self or rater: what `<lpc-assessment>` submits and `<lpc-report>` reads. */
export interface AssessmentResponse {
  /** The schema's URL, e.g. `https://lpc-components.nhs.example/schemas/response.schema.json`. @maxLength 2000 */
  $schema?: string;
  /** Format version of this file. */
  schemaVersion: 1;
  /** Unique id of this response; duplicates are dropped by the report. @maxLength 120 */
  id: string;
  /** @maxLength 120 */
  assessmentId: string;
  framework: {
    id: Id;
    /** @maxLength 40 */
    version: string;
  };
  scaleId: Id;
  respondent: Respondent;
  /** The rater's group (an id such as `peer`); required for raters. @maxLength 120 */
  relationship?: Relationship;
  /**
   * ISO 8601 date-time.
   * @maxLength 40
   */
  submittedAt: string;
  /** @maxItems 2000 */
  answers: Answer[];
}

/** One saved answer in a draft, with the time it was given (for merging two tabs). */
export interface DraftAnswer {
  value?: number | 'not-observed';
  /** @maxLength 2000 */
  comment?: string;
  /** Milliseconds since 1970 when this answer last changed. */
  updatedAt: number;
}

/** A saved, unfinished assessment: what the draft store keeps in localStorage. */
export interface Draft {
  /** Format version of stored drafts; an older version is kept aside, never silently deleted. */
  schemaVersion: 1;
  /** @maxLength 120 */
  assessmentId: string;
  respondent: Respondent;
  /** The rater's group, once chosen. @maxLength 120 */
  relationship?: Relationship;
  framework: {
    id: Id;
    /** @maxLength 40 */
    version: string;
  };
  /** Milliseconds since 1970 when the draft was last saved. */
  savedAt: number;
  /** Answers keyed by item id. */
  answers: { [itemId: string]: DraftAnswer };
}

/** A problem found in untrusted JSON: a JSON Pointer path and a plain-English message. */
export interface Problem {
  /** JSON Pointer to the value, e.g. `/themes/2/qualities/0/text`; `` for the whole file. */
  path: string;
  message: string;
}

/** The result of validating untrusted JSON. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * The leader's own words in a development plan. Never the framework's text.
 * @maxLength 2000
 */
export type PlanText = string;

/** Why an item was suggested for a plan, from the figures of the leader's report. */
export type PlanReason = 'blind-spot' | 'lowest' | 'hidden-strength';

/** The report's figures that put an item forward, kept with the plan so it can be read later. */
export interface PlanFigures {
  /** The leader's own score; `null` when they gave none. */
  self: number | null;
  /** The all-raters mean (only ever a figure the report showed). */
  allRaters: number;
  /** Number of rater scores behind `allRaters`. @minimum 0 @TJS-type integer */
  count: number;
  /** All raters minus self; `null` when there is no self score. */
  gap: number | null;
}

/** One item the leader chose to work on, with what they will do about it. */
export interface PlanItem {
  /** The framework item (its text is the framework's and is shown from the framework, not stored here). */
  itemId: Id;
  themeId: Id;
  /** Why the report suggested it; empty when the leader chose it themselves. @maxItems 3 */
  reasons: PlanReason[];
  /** The report's figures for the item, when the report showed them. */
  figures?: PlanFigures;
  /** What I will do. */
  action: PlanText;
  /** What support I need. */
  support: PlanText;
  /** How I will know it has worked. */
  evidence: PlanText;
  /**
   * When I will review it: a date `YYYY-MM-DD`, or empty when not yet chosen.
   * @pattern ^(\d{4}-\d{2}-\d{2})?$
   * @maxLength 10
   */
  reviewOn: string;
}

/** A leader's development plan after a 360: what `<lpc-development-plan>` exports and the collector stores. */
export interface DevelopmentPlan {
  /** The schema's URL, e.g. `https://lpc-components.nhs.example/schemas/development-plan.schema.json`. @maxLength 2000 */
  $schema?: string;
  /** Format version of this file. */
  schemaVersion: 1;
  /** The 360 the plan follows; `null` when made from a report without an assessment id. @maxLength 120 */
  assessmentId: string | null;
  framework: {
    id: Id;
    /** @maxLength 40 */
    version: string;
  };
  /**
   * ISO 8601 date-time of the last change.
   * @maxLength 40
   */
  updatedAt: string;
  /** @maxItems 10 */
  items: PlanItem[];
}

/**
 * Who made a programme's mapping to the framework, and on what basis. A mapping is a judgement:
 * `illustration` marks one made to show the element, not the programme's own.
 */
export interface ProgrammeMapping {
  /** `illustration`: an example made by lpc-components; `provider`: by the programme's provider; `designer`: by whoever edits it. */
  origin: 'illustration' | 'provider' | 'designer';
  /** Who made it, e.g. "lpc-components". */
  by: Text;
  /** What the mapping is and is not, shown with the map. */
  note: Text;
}

/** One module of a programme, with the framework items it covers. */
export interface ProgrammeModule {
  id: Id;
  title: Text;
  /**
   * A short description.
   * @maxLength 1000
   */
  description: string;
  /** The module's topics as the programme lists them. @maxItems 30 */
  topics?: Text[];
  /** Ids of the framework items (behaviours and qualities) the module covers. @maxItems 200 */
  items: Id[];
}

/** A leadership development programme mapped to the framework: what `<lpc-programme-map>` shows and exports. */
export interface Programme {
  $schema?: string;
  /** Format version of this file. */
  schemaVersion: 1;
  id: Id;
  title: Text;
  provider: Text;
  /** Where the programme's title, modules and topics come from. */
  source?: {
    document: Text;
    /** @maxLength 2000 */
    url?: string;
  };
  /** The framework the items belong to. */
  framework: {
    id: Id;
    /** @maxLength 40 */
    version: string;
  };
  mapping: ProgrammeMapping;
  /**
   * @minItems 1
   * @maxItems 50
   */
  modules: ProgrammeModule[];
}
