/**
 * `shuangsuiji/model`: the domain of the Longting measures as zod schemas, with branded ids, plain calendar
 * dates, the RuleIssue error model and the national code validators (GB 32100, GB 11643).
 */
export * from './article.js';
export * from './catalog.js';
export * from './codes.js';
export * from './date.js';
export * from './department.js';
export * from './directory.js';
export * from './ids.js';
export * from './inspection-object.js';
export * from './inspector.js';
export * from './issue.js';
export { makeParser, parseWith, ruleParams } from './parse.js';
export * from './plan.js';
export * from './ratio-table.js';
export * from './records.js';
export * from './resident-id.js';
export * from './task.js';
export * from './uscc.js';
