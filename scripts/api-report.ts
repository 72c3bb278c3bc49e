// The API report (`npm run api:report`): every export of every public entry point with its signature, written to
// api/shuangsuiji.api.md. test/api-report.test.ts regenerates it and fails when it differs from the checked-in
// copy, so the public surface changes only on purpose: change the code, run `npm run api:report`, review the diff.
//
// Read from the sources with the TypeScript compiler API (the same declarations tsup emits into dist/*.d.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT_PATH = resolve(root, 'api', 'shuangsuiji.api.md');

/** Public entry points: package.json `exports` keys mapped to their source files. */
export function entryPoints(): { name: string; file: string }[] {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((k) => k !== './package.json')
    .map((k) => ({
      name: k === '.' ? 'shuangsuiji' : `shuangsuiji/${k.slice(2)}`,
      file: resolve(root, 'src', k === '.' ? 'index.ts' : `${k.slice(2)}/index.ts`),
    }));
}

const flags =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.WriteArrowStyleSignature;

/**
 * A signature as its declaration writes it (type names such as `CatalogInput` kept, as in the published .d.ts),
 * falling back to the checker's rendering where the source has no annotation.
 */
function signatureText(checker: ts.TypeChecker, sig: ts.Signature): string {
  const own = sig.getDeclaration() as ts.SignatureDeclaration | undefined;
  // A signature made inside another function (a parser factory, a guard wrapper) is written in that function's
  // type parameters: render it instantiated instead.
  let nested = false;
  for (let n = own?.parent; n; n = n.parent) if (ts.isFunctionLike(n)) nested = true;
  if (nested)
    return checker.signatureToString(sig, undefined, flags & ~ts.TypeFormatFlags.WriteArrowStyleSignature);
  const decl = own;
  const oneLine = (node: ts.Node) => node.getText().replace(/\s+/g, ' ');
  const params = sig.getParameters().map((p, i) => {
    const node = decl?.parameters[i];
    const optional = node && (node.questionToken || node.initializer) ? '?' : '';
    const rest = node?.dotDotDotToken ? '...' : '';
    const type = node?.type
      ? oneLine(node.type)
      : checker.typeToString(checker.getTypeOfSymbol(p), undefined, flags);
    return `${rest}${p.getName()}${optional}: ${type}`;
  });
  const typeParams = decl?.typeParameters ? `<${decl.typeParameters.map(oneLine).join(', ')}>` : '';
  const returns = decl?.type
    ? oneLine(decl.type)
    : checker.typeToString(sig.getReturnType(), undefined, flags);
  return `${typeParams}(${params.join(', ')}): ${returns}`;
}

function describeSymbol(checker: ts.TypeChecker, exported: ts.Symbol): string[] {
  const name = exported.getName();
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const lines: string[] = [];
  if (symbol.flags & ts.SymbolFlags.Function) {
    const type = checker.getTypeOfSymbol(symbol);
    for (const sig of type.getCallSignatures()) {
      lines.push(`function ${name}${signatureText(checker, sig)}`);
    }
  } else if (symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Property)) {
    const type = checker.getTypeOfSymbol(symbol);
    const signatures = type.getCallSignatures();
    if (signatures.length > 0 && !type.getProperty('_zod')) {
      // A function written as a const (e.g. a guarded implementation) is a function to its callers.
      for (const sig of signatures) lines.push(`function ${name}${signatureText(checker, sig)}`);
      return lines;
    }
    // Schemas' full zod types are long and say little more than their output and input types.
    const zodOutput = type.getProperty('_zod')
      ? checker.getTypeOfSymbol(type.getProperty('_output')!)
      : undefined;
    const text = zodOutput
      ? `zod schema of ${checker.typeToString(zodOutput, undefined, ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType)}`
      : checker.typeToString(type, undefined, flags);
    // A registry (e.g. the error codes, each with its messages) is listed by its keys; docs/error-codes.md has the rest.
    const keys = checker.getPropertiesOfType(type).map((p) => p.getName());
    const listed = text.length > 300 && keys.length > 0 ? `{ ${keys.join(', ')} }` : text;
    lines.push(`const ${name}: ${listed}`);
  }
  if (symbol.flags & ts.SymbolFlags.Interface) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const members = checker.getPropertiesOfType(type).map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
      const readonly = p.declarations?.some((d) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly)
        ? 'readonly '
        : '';
      return `  ${readonly}${p.getName()}${optional}: ${checker.typeToString(checker.getTypeOfSymbol(p), undefined, flags)};`;
    });
    lines.push(`interface ${name} {`, ...members, '}');
  } else if (symbol.flags & ts.SymbolFlags.TypeAlias) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const text = checker.typeToString(type, undefined, flags | ts.TypeFormatFlags.InTypeAlias);
    lines.push(`type ${name} = ${text}`);
  } else if (symbol.flags & ts.SymbolFlags.Class) {
    lines.push(`class ${name}`);
  }
  if (lines.length === 0) lines.push(`${ts.SymbolFlags[symbol.flags] ?? symbol.flags} ${name}`);
  return lines;
}

/** The report's text: per entry point, its exports sorted by name, each with its signature. */
export function apiReport(): string {
  const entries = entryPoints();
  const program = ts.createProgram(
    entries.map((e) => e.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      types: [],
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const out = [
    '# API report: shuangsuiji',
    '',
    'Generated by `npm run api:report` (scripts/api-report.ts); test/api-report.test.ts fails when it is stale.',
    'Every export of every entry point, with its signature. A change here is a change of the public API: say it in',
    'CHANGELOG.md.',
  ];
  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    if (!source) throw new Error(`no source file ${entry.file}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const sorted = [...exports].sort((a, b) =>
      a.getName() < b.getName() ? -1 : a.getName() > b.getName() ? 1 : 0,
    );
    out.push('', `## ${entry.name} (${sorted.length} exports)`, '', '```ts');
    if (entry.name === 'shuangsuiji') {
      out.push(
        '// the union of the subpaths below (test/package-surface.test.ts checks they are the same values)',
      );
      out.push(...sorted.map((s) => s.getName()));
    } else {
      for (const s of sorted) out.push(...describeSymbol(checker, s));
    }
    out.push('```');
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(REPORT_PATH, apiReport());
  console.log(`wrote ${REPORT_PATH}`);
}
