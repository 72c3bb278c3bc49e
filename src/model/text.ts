/**
 * Text fields with their name (and rule) for messages: `text('任务名称', 'the task name')` is the model's
 * `TextSchema` labelled with `field()`. Internal to the model; not exported from the package.
 */
import { type Bilingual, field } from './field.js';
import { TextSchema } from './ids.js';

/** A text field named `zh` / `en`, with an optional rule stated in messages. */
export function text(zh: string, en: string, rule?: Bilingual) {
  return field(TextSchema, { zh, en }, rule);
}
