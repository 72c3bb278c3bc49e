/**
 * Inspection objects a parser of the model produced (parse once at ingestion, 第十一条 名录库): `stratify` (第十五条)
 * takes them as they are instead of parsing each again. Internal (not exported from the package); identity-based,
 * so a copy or a hand-made object is parsed as before.
 */
export const parsedInspectionObjects = new WeakSet<object>();

/** Frozen lists of parsed inspection objects (a parsed directory's `objects`): every element is in the set above. */
export const parsedObjectLists = new WeakSet<readonly object[]>();
