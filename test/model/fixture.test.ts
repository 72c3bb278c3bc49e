import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  CatalogSchema,
  DepartmentSchema,
  InspectionObjectSchema,
  InspectorSchema,
  parseCatalog,
  parseDepartments,
  parseInspectionObject,
  parseInspector,
  parseInspectorDirectory,
  parseObjectDirectory,
  type RuleIssue,
  validateUscc,
} from '../../src/model/index.js';
import { loadFixture } from '../helpers/fixture.js';

type Json = Record<string, unknown>;

/** Paths (within `value`) of every required field the schema declares, recursing into nested objects. */
function requiredPaths(
  schema: z.ZodType,
  value: unknown,
  prefix: (string | number)[] = [],
): (string | number)[][] {
  if (!(schema instanceof z.ZodObject) || value === null || typeof value !== 'object') return [];
  const out: (string | number)[][] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const path = [...prefix, key];
    if (!field.safeParse(undefined).success) out.push(path);
    const inner = (value as Json)[key];
    out.push(...requiredPaths(field, inner, path));
  }
  return out;
}

function without(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value) as Json;
  let cursor: Json = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Json;
  delete cursor[path[path.length - 1] as string];
  return copy;
}

const pathsOf = (issues: RuleIssue[]) => issues.map((i) => i.path.join('.'));

describe('the Longting fixture parses (第二条, 第十条, 第十一条, 第十八条)', () => {
  it('departments, catalog, object directory and inspector directories all parse', () => {
    expect(parseDepartments(loadFixture('departments.json')).isOk()).toBe(true);
    expect(parseCatalog(loadFixture('catalog.json')).isOk()).toBe(true);
    const objects = parseObjectDirectory(loadFixture('object-directory.json'));
    expect(objects.isOk()).toBe(true);
    for (const dir of loadFixture<unknown[]>('inspector-directories.json')) {
      expect(parseInspectorDirectory(dir).isOk()).toBe(true);
    }
  });

  it('every object has a valid unified social credit code with no organisation-code warning', () => {
    const dir = parseObjectDirectory(loadFixture('object-directory.json'))._unsafeUnwrap();
    expect(dir.objects.length).toBeGreaterThan(50);
    for (const o of dir.objects) expect(validateUscc(o.id)).toEqual([]);
    expect(new Set(dir.objects.map((o) => o.id)).size).toBe(dir.objects.length);
  });
});

describe('removing a required field yields an issue whose path names it', () => {
  const cases: [string, z.ZodType, (x: unknown) => { isErr(): boolean }, unknown][] = [
    [
      'Department',
      DepartmentSchema,
      (x) => parseDepartments([x]),
      loadFixture<unknown[]>('departments.json')[0],
    ],
    ['Catalog', CatalogSchema, parseCatalog, loadFixture('catalog.json')],
    [
      'InspectionObject',
      InspectionObjectSchema,
      parseInspectionObject,
      loadFixture<{ objects: unknown[] }>('object-directory.json').objects[0],
    ],
    [
      'Inspector',
      InspectorSchema,
      parseInspector,
      loadFixture<{ inspectors: unknown[] }[]>('inspector-directories.json')[0]!.inspectors[0],
    ],
  ];

  for (const [name, schema, parse, sample] of cases) {
    const paths = requiredPaths(schema, sample);
    it(`${name}: ${paths.length} required fields, each reported by path when missing`, () => {
      expect(paths.length).toBeGreaterThan(3);
      for (const path of paths) {
        const result = parse(without(sample, path)) as ReturnType<typeof parseCatalog>;
        expect(result.isErr(), `missing ${path.join('.')} should fail`).toBe(true);
        const reported = pathsOf(result._unsafeUnwrapErr());
        const expected = name === 'Department' ? ['0', ...path].join('.') : path.join('.');
        expect(reported, `missing ${path.join('.')}`).toContain(expected);
      }
    });
  }

  it('a missing catalog entry field is reported inside the entry, with 第十条 and both languages', () => {
    const catalog = loadFixture<Json & { entries: Json[] }>('catalog.json');
    delete catalog.entries[3]!['initiator'];
    const issues = parseCatalog(catalog)._unsafeUnwrapErr();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'SCHEMA_INVALID_TYPE',
      severity: 'error',
      article: '第十条',
      path: ['entries', 3, 'initiator'],
    });
    // The field is named and its rule stated, never zod's generic text.
    expect(issues[0]!.message.zh).toMatch(/^缺少发起部门：清单条目应包括/);
    expect(issues[0]!.message.en).toMatch(/^The initiator is missing: every entry gives/);
  });
});
