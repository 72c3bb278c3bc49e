// The draw's operations with every parameter typed `unknown`, for the tests of run-time validation: they feed
// each operation what its published types forbid, as JSON from another system would.
import * as draw from '../../src/draw/index.js';
import { loose } from './loose.js';

export const announceDraw = loose(draw.announceDraw);
export const bucketOf = loose(draw.bucketOf);
export const commitFrame = loose(draw.commitFrame);
export const commitFrameStream = loose(draw.commitFrameStream);
export const deriveKey = loose(draw.deriveKey);
export const deriveRng = loose(draw.deriveRng);
export const drawObjects = loose(draw.drawObjects);
export const drawObjectsStream = loose(draw.drawObjectsStream);
export const drawShard = loose(draw.drawShard);
export const inclusionProbabilities = loose(draw.inclusionProbabilities);
export const mergeShards = loose(draw.mergeShards);
export const shardOf = loose(draw.shardOf);
export const stratify = loose(draw.stratify);
