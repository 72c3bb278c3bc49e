import { defineConfig } from 'tsup';

// One entry per public subpath; each is also re-exported from the root barrel.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'model/index': 'src/model/index.ts',
    'plan/index': 'src/plan/index.ts',
    'draw/index': 'src/draw/index.ts',
    'match/index': 'src/match/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'records/index': 'src/records/index.ts',
    'sql/index': 'src/sql/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
