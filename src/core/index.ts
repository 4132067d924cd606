// Pure logic with no DOM: runs in Node and in the browser.
export * from './types.js';
export * from './framework.js';
export * from './problems.js';
export * from './validate.js';
export * from './polar-labels.js';
export * from './drafts.js';
export * from './response.js';
export * from './anonymity.js';
export * from './gaps.js';
export * from './aggregate.js';
export * from './csv.js';
export * from './report-tables.js';
export * from './contrast.js';
export * from './wheel-layout.js';
export * from './plan.js';
export * from './change.js';
export * from './cohort.js';
