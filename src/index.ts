/**
 * shuangsuiji — rules core for 双随机、一公开 joint spot-checks under the Longting measures
 * (《龙亭区市场监管领域部门联合抽查实施办法》, 2022). Everything public is exported here and from its subpath.
 */
export * from './calendar/index.js';
export * from './draw/index.js';
export * from './match/index.js';
export * from './model/index.js';
export * from './plan/index.js';
export * from './records/index.js';
export * from './sql/index.js';
