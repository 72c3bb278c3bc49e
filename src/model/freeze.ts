/** Deep freezing for values that must never change: locked draws (第十九条 ¶3: 抽取的检查对象名单一经锁定不可更改), validated plans and catalogs. */

/** Freezes a plain-data value and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value as object))
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
  }
  return value;
}
