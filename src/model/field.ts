/**
 * Field names and rules for messages. Every field of a public schema is wrapped with `field(schema, name, rule)`:
 * the parser (./parse.ts) then words a failure as administrative text naming the field and its rule, in Chinese and
 * English (“缺少问题线索：突击检查须载明执法部门掌握的问题线索”), instead of zod's generic “无效输入：期望 string”.
 * The wrapped schema is a copy with the same checks and metadata (JSON Schema unchanged); the name and rule live in
 * a registry keyed by that copy, which zod stamps on each issue it raises (`issue.schema`).
 */
import type * as z from 'zod';

/** A text in both working languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** What a message says about a field: its name and, where useful, the rule it follows. */
export interface FieldText {
  readonly name: Bilingual;
  readonly rule?: Bilingual;
}

const registry = new WeakMap<object, FieldText>();

/**
 * A copy of `schema` whose failures are worded with the field's `name` and `rule`. Schemas with a JSON Schema `id`
 * (records such as `Task`) are labelled in place instead: a copy would register the id twice.
 */
export function field<S extends z.ZodType>(schema: S, name: Bilingual, rule?: Bilingual): S {
  const meta = schema.meta() as Record<string, unknown> | undefined;
  const copy = meta && 'id' in meta ? schema : (schema.meta({ ...(meta ?? {}) }) as S);
  registry.set(copy, rule ? { name, rule } : { name });
  return copy;
}

/** The name and rule a schema was labelled with, if any. */
export function fieldText(schema: unknown): FieldText | undefined {
  return schema !== null && typeof schema === 'object' ? registry.get(schema) : undefined;
}
