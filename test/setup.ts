import fc from 'fast-check';

// Property tests are reproducible: CI (and anyone re-running a failure) uses a fixed seed.
// Override with FC_SEED=<int> to explore; FC_NUM_RUNS scales every property's run count.
const seed = Number(process.env.FC_SEED ?? 20220608);
const numRuns = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : undefined;
fc.configureGlobal({ seed, ...(numRuns ? { numRuns } : {}) });
