/** The repository root. */
export declare const repo: string;
/** Packs the repository into `work` and installs it into `<work>/app` (see pack-install.mjs). */
export declare function packAndInstall(
  work: string,
  extra?: readonly string[],
): { app: string; installed: string; files: string[]; bins: Record<string, string> };
