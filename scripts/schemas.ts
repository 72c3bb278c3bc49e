// The JSON Schemas of every top-level record, built with zod 4's z.toJSONSchema. Shared by
// scripts/export-schemas.ts (writes docs/schemas/*.json) and test/model/json-schema.test.ts (fails when stale).
import * as z from 'zod';
import { AnnouncementSchema } from '../src/draw/protocol/announce.js';
import { DrawReceiptSchema } from '../src/draw/protocol/receipt.js';
import * as model from '../src/model/index.js';
import * as records from '../src/records/index.js';

const Unit = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/)
    .meta({
      description: '统一社会信用代码 (GB 32100-2015), 18 characters with a valid check character',
    }),
  stratum: z.string().min(1).meta({ description: "A stratum id of the task's ratio table" }),
});

/**
 * The frame (抽查底册) as every draw operation reads it (src/draw/engine/pass.ts `frameUnits`, docs/draw.md "The
 * frame"): `{ strata, units }`; `strata` may be left out, or the bare array of units given, where the ratio
 * table is known from elsewhere (not for commitFrame).
 */
export const DrawFrameSchema = z
  .union([
    z.strictObject({
      strata: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .meta({ description: "The ratio table's stratum ids in table order (required by commitFrame)" }),
      units: z.array(Unit),
    }),
    z.array(Unit),
  ])
  .meta({ title: 'shuangsuiji draw frame', description: 'The frame of an object draw: { strata, units }' });

/** A receipt's `selected` / `reserve` list (a zod custom check in the library, spelled out here). */
const ticketList = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: 'string', minLength: 1 },
      ticket: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    },
    required: ['id', 'ticket'],
    additionalProperties: false,
  },
};

/** The published documents of a draw, whose JSON shape docs/verification.md refers to. */
const drawSchemas: Record<string, z.ZodType> = {
  DrawFrame: DrawFrameSchema,
  DrawAnnouncement: AnnouncementSchema,
  DrawReceipt: DrawReceiptSchema,
};

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
  for (const [name, schema] of Object.entries({ ...topLevelSchemas, ...drawSchemas })) {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: (ctx) => {
        if (ctx.zodSchema._zod.def.type === 'custom') Object.assign(ctx.jsonSchema, ticketList);
      },
    });
    const withId = { $id: `https://unpkg.com/shuangsuiji/docs/schemas/${name}.json`, ...json };
    out[`${name}.json`] = `${JSON.stringify(withId, null, 2)}\n`;
  }
  return out;
}
