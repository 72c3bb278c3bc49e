// The JSON Schemas of every top-level record, built with zod 4's z.toJSONSchema. Shared by
// scripts/export-schemas.ts (writes docs/schemas/*.json) and test/model/json-schema.test.ts (fails when stale).
import * as z from 'zod';
import * as model from '../src/model/index.js';
import * as records from '../src/records/index.js';

/** Top-level records a platform exchanges, by file name. */
export const topLevelSchemas: Record<string, z.ZodType> = {
  Department: model.DepartmentSchema,
  DepartmentList: model.DepartmentListSchema,
  DepartmentPlan: model.DepartmentPlanSchema,
  InspectionObject: model.InspectionObjectSchema,
  Inspector: model.InspectorSchema,
  Catalog: model.CatalogSchema,
  CatalogEntry: model.CatalogEntrySchema,
  ObjectDirectory: model.ObjectDirectorySchema,
  InspectorDirectory: model.InspectorDirectorySchema,
  RatioTable: model.RatioTableSchema,
  Task: model.TaskSchema,
  AnnualPlan: model.AnnualPlanSchema,
  PlanAdjustment: model.PlanAdjustmentSchema,
  OnSiteRecord: model.OnSiteRecordSchema,
  ResultEntry: model.ResultEntrySchema,
  PenaltyRecord: model.PenaltyRecordSchema,
  PublicRecord: records.PublicRecordSchema,
  TaskEvent: records.TaskEventSchema,
};

/** File name → pretty-printed JSON Schema text (draft 2020-12, the input side of each schema). */
export function buildSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(topLevelSchemas)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    const withId = { $id: `https://unpkg.com/shuangsuiji/docs/schemas/${name}.json`, ...json };
    out[`${name}.json`] = `${JSON.stringify(withId, null, 2)}\n`;
  }
  return out;
}
