// What verifyDrawStream returns for a receipt it verifies (docs/engines.md): the task, the announcement digest,
// the frame commitment and, per stratum, N, n, the reserve listed and the cut-off ticket, read from the receipt.
type Receipt = {
  taskId: string;
  announcement: { digest: string };
  frame: unknown;
  strata: { id: string; N: number; n: number; reserve: unknown[]; cutoff: string | null }[];
};

export function verifiedOf(receipt: unknown) {
  const r = receipt as Receipt;
  return {
    taskId: r.taskId,
    announcementDigest: r.announcement.digest,
    frame: r.frame,
    strata: r.strata.map((s) => ({ id: s.id, N: s.N, n: s.n, reserve: s.reserve.length, cutoff: s.cutoff })),
  };
}
