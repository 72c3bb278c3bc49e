#!/usr/bin/env python3
"""Independent verifier of a shuangsuiji stage-two receipt (inspector draw, 第十九条), standard library only.

Usage: verify_match.py RECEIPT.json INPUTS.json [--announcement DIGEST]

INPUTS.json holds what the receipt commits to: {"draw": <stage-one receipt>, "task": {...}, "department": {...},
"directory": {...}, "recusals": [...], "domains": [...]}. The script recomputes every digest, the key, the pool,
the seeded orders, the assignment, the leaders and every replacement exactly as docs/match-verification.md
specifies, and compares the whole receipt. Exit status 0 when it matches, 1 with the first difference otherwise.
"""
import hashlib
import json
import sys

ALGORITHM = {"id": "shuangsuiji/match/balanced-permutation", "version": 1}
LIBRARY_VERSIONS = ["0.1.0"]
REASONS = ["岗位调整", "工作冲突", "健康状况", "执法回避", "其他"]


class Mismatch(Exception):
    pass


def u8(v):
    return bytes([v & 0xFF])


def u32(v):
    return v.to_bytes(4, "big")


def u64(v):
    return v.to_bytes(8, "big")


def lp(s):
    b = s.encode("utf-8") if isinstance(s, str) else s
    return u32(len(b)) + b


def opt(x):
    return b"\x00" if x is None else b"\x01" + x


def sha(b):
    return hashlib.sha256(b).digest()


def check(cond, what):
    if not cond:
        raise Mismatch(what)


def draw_digest(draw, objects):
    out = lp("shuangsuiji/match-draw/v1") + lp(draw["announcement"]["digest"]) + lp(draw["derivation"]["key"])
    out += u64(len(objects)) + b"".join(lp(o) for o in objects)
    return sha(out).hex()


def directory_digest(d):
    inspectors = sorted(d["inspectors"], key=lambda p: p["id"])
    out = lp("shuangsuiji/match-directory/v1") + lp(d["id"]) + lp(d["departmentId"]) + lp(d["asOf"])
    out += u64(len(inspectors))
    for p in inspectors:
        out += lp(p["id"]) + lp(p["departmentId"]) + lp(p["name"].strip()) + lp(p["role"])
        c = p.get("certificate")
        out += opt(None if c is None else lp(c["number"].strip()) + lp(c["validFrom"]) + lp(c["validUntil"]))
        fields = sorted(set(p["fields"]))
        out += u32(len(fields)) + b"".join(lp(f) for f in fields)
        out += u8(1 if p["active"] else 0)
    return sha(out).hex()


def record_hash(r):
    out = lp("shuangsuiji/match-recusal/v1") + lp(r["inspectorId"]) + lp(r["objectId"]) + lp(r["declaredBy"])
    out += lp(r["reason"]) + lp(r["declaredOn"]) + opt(None if "note" not in r else lp(r["note"].strip()))
    return sha(out)


def canonical_recusals(recusals):
    """Recusals in ascending record hash; identical records are refused."""
    rs = [dict(r, declaredBy=r.get("declaredBy", "inspector")) for r in recusals]
    hashed = sorted(((record_hash(r), r) for r in rs), key=lambda e: e[0])
    check(len({h for h, _ in hashed}) == len(hashed), "a recusal record appears twice")
    return hashed


def recusals_digest(hashed):
    out = lp("shuangsuiji/match-recusals/v1") + u64(len(hashed)) + b"".join(h for h, _ in hashed)
    return sha(out).hex()


def announcement_digest(a):
    out = lp("shuangsuiji/match-announcement/v1") + lp(a["algorithm"]["id"]) + u32(a["algorithm"]["version"])
    out += lp(a["taskId"]) + lp(a["departmentId"]) + lp(a["headInspectorId"]) + u8(1 if a["initiator"] else 0)
    out += lp(a["draw"]["announcementDigest"]) + lp(a["draw"]["digest"]) + u64(a["draw"]["objects"])
    d = a["directory"]
    out += lp(d["id"]) + lp(d["asOf"]) + lp(d["digest"]) + u64(d["inspectors"])
    out += lp(a["recusals"]["digest"]) + u64(a["recusals"]["count"])
    out += u32(len(a["domains"])) + b"".join(lp(x) for x in a["domains"])
    out += lp(a["schedule"]["start"]) + lp(a["schedule"]["end"])
    r = a["rules"]
    out += u32(r["minimum"]) + opt(None if r["maxLoad"] is None else u32(r["maxLoad"])) + lp(r["leader"])
    s = a["seed"]
    out += lp(s["kind"]) + lp(s["source"]) + opt(None if "commitment" not in s else lp(s["commitment"]))
    return sha(out).hex()


def derive_key(kind, text, labels):
    out = lp("shuangsuiji/derive-key/v1") + lp(kind) + lp(text) + u32(len(labels))
    return sha(out + b"".join(lp(x) for x in labels))


def exclusion(p, dept, schedule, domains):
    if p["departmentId"] != dept:
        return "other-department"
    if p["role"] != "inspector":
        return "expert"
    if not p["active"]:
        return "inactive"
    c = p.get("certificate")
    if c is None or c["validFrom"] > schedule["start"] or c["validUntil"] < schedule["end"]:
        return "uncertified"
    if not all(d in p["fields"] for d in domains):
        return "unqualified"
    return None


class SeededOrder:
    """π_o: a lazily revealed Fisher–Yates shuffle driven by SHA-256 blocks (Step 2)."""

    def __init__(self, key, obj, n):
        self.prefix = key + lp("shuangsuiji/match-permutation/v1") + lp(obj)
        self.perm = list(range(n))
        self.words = []
        self.block = 0
        self.revealed = 0

    def word(self):
        if not self.words:
            h = sha(self.prefix + u32(self.block))
            self.block += 1
            self.words = [int.from_bytes(h[i : i + 4], "big") for i in range(0, 32, 4)]
        return self.words.pop(0)

    def uniform(self, r):
        limit = 2**32 - (2**32 % r)
        while True:
            w = self.word()
            if w < limit:
                return w % r

    def at(self, k):
        n = len(self.perm)
        while self.revealed <= k:
            s = self.revealed
            j = s + self.uniform(n - s)
            self.perm[s], self.perm[j] = self.perm[j], self.perm[s]
            self.revealed += 1
        return self.perm[k]


def by_ticket(key, label, ids):
    return sorted(ids, key=lambda i: (sha(key + lp(label) + lp(i)).hex(), i))


def engine(key, pool, recused, objects, m, max_load, leaders):
    n = len(pool)
    order = by_ticket(key, "shuangsuiji/match-order/v1", objects)
    index = {p: k for k, p in enumerate(pool)}
    rank_order = [index[p] for p in by_ticket(key, "shuangsuiji/match-rank/v1", pool)]
    rank = {k: r for r, k in enumerate(rank_order)}
    rec = [recused.get(o, set()) for o in order]
    members = [[] for _ in order]
    load = [0] * n

    def eligible(o, k):
        return k not in rec[o] and k not in members[o]

    ceiling = max_load if max_load is not None else max(1, len(order))
    bound = 1 if n == 0 else min(max(1, -(-(m * len(order)) // n)), ceiling)
    for o, obj in enumerate(order):
        pi = SeededOrder(key, obj, n)
        while len(members[o]) < m:
            cand = [k for k in range(n) if load[k] < bound and eligible(o, k)]
            if not cand:
                break
            low = min(load[k] for k in cand)
            p = 0
            while True:
                k = pi.at(p)
                if load[k] == low and eligible(o, k):
                    members[o].append(k)
                    load[k] += 1
                    break
                p += 1

    def augment(root):
        visited = [False] * n
        parent = [None] * n

        def apply(end):
            cur = end
            while parent[cur] is not None:
                po, prev = parent[cur]
                members[po][members[po].index(prev)] = cur
                cur = prev
            members[root].append(cur)
            load[end] += 1
            return True

        queue = []
        for k in rank_order:
            if not eligible(root, k):
                continue
            visited[k] = True
            if load[k] < bound:
                return apply(k)
            queue.append(k)
        q = 0
        while q < len(queue):
            k = queue[q]
            q += 1
            for o in [o for o in range(len(order)) if k in members[o]]:
                for j in rank_order:
                    if visited[j] or not eligible(o, j):
                        continue
                    visited[j] = True
                    parent[j] = (o, k)
                    if load[j] < bound:
                        return apply(j)
                    queue.append(j)
        return False

    while True:
        for o in range(len(order)):
            while len(members[o]) < m and augment(o):
                pass
        if all(len(x) >= m for x in members) or bound >= ceiling:
            break
        bound += 1
    check(all(len(x) >= m for x in members), "no assignment exists, yet the receipt has one")
    lead = [-1] * len(order)
    if leaders:
        led = [0] * n
        for o, ms in enumerate(members):
            best = min(ms, key=lambda k: (led[k], rank[k]))
            led[best] += 1
            lead[o] = best
    return order, members, lead, bound, load


def expected_receipt(receipt, inputs):
    task, dept, directory, draw = inputs["task"], inputs["department"], inputs["directory"], inputs["draw"]
    a = receipt["announcement"]
    check(announcement_digest(a) == a["digest"], "announcement.digest is not the digest of the announcement")
    check(a["algorithm"] == ALGORITHM, "announcement.algorithm")
    objects = sorted(e["id"] for s in draw["strata"] for e in s["selected"])
    hashed = canonical_recusals(inputs.get("recusals", []))
    recusals = [r for _, r in hashed]
    domains = sorted(set(inputs["domains"]))
    opts = inputs.get("options") or {}
    m = opts.get("minimum", 2)
    max_load = opts.get("maxLoad")
    initiator = task["initiator"] == dept["id"]
    check(draw["taskId"] == task["id"], "the stage-one receipt is another task's")
    check(dept["id"] in task["departments"] and directory["departmentId"] == dept["id"], "department or directory")
    want = {
        "taskId": task["id"],
        "departmentId": dept["id"],
        "headInspectorId": dept["headInspectorId"],
        "initiator": initiator,
        "draw": {
            "announcementDigest": draw["announcement"]["digest"],
            "digest": draw_digest(draw, objects),
            "objects": len(objects),
        },
        "directory": {
            "id": directory["id"],
            "asOf": directory["asOf"],
            "digest": directory_digest(directory),
            "inspectors": len(directory["inspectors"]),
        },
        "recusals": {"digest": recusals_digest(hashed), "count": len(recusals)},
        "domains": domains,
        "schedule": {"start": task["schedule"]["start"], "end": task["schedule"]["end"]},
        "rules": {"minimum": m, "maxLoad": max_load, "leader": "least-led" if initiator else "none"},
    }
    for k, v in want.items():
        check(a[k] == v, f"announcement.{k} does not match the inputs")
    seed = receipt["seed"]
    check(seed["kind"] == a["seed"]["kind"], "seed.kind is not the announced one")
    check(seed.get("source", a["seed"]["source"]) == a["seed"]["source"], "seed.source is not the announced one")
    if "commitment" in a["seed"]:
        check(hashlib.sha256(seed["text"].encode("utf-8")).hexdigest() == a["seed"]["commitment"], "seed commitment")
    labels = ["stage-two", task["id"], dept["id"], a["digest"]]
    key = derive_key(seed["kind"], seed["text"], labels)

    excluded = {"other-department": 0, "expert": 0, "inactive": 0, "uncertified": 0, "unqualified": 0}
    pool = []
    for p in sorted(directory["inspectors"], key=lambda p: p["id"]):
        why = exclusion(p, dept["id"], task["schedule"], domains)
        if why is None:
            pool.append(p["id"])
        else:
            excluded[why] += 1
    index = {p: k for k, p in enumerate(pool)}
    drawn_set = set(objects)
    recused = {}
    for r in recusals:
        if r["inspectorId"] in index and r["objectId"] in drawn_set:
            recused.setdefault(r["objectId"], set()).add(index[r["inspectorId"]])
    n = len(pool)
    for o in objects:
        check(n - len(recused.get(o, ())) >= m, f"object {o} is short of eligible inspectors")
    order, members, lead, bound, load = engine(key, pool, recused, objects, m, max_load, initiator)

    experts = {}
    by_id = {p["id"]: p for p in directory["inspectors"]}
    for o in receipt["objects"]:
        for e in o.get("expertIds", []):
            p = by_id.get(e)
            check(p is not None and p["role"] == "expert" and p["active"], f"{e} is not an active expert")
        if "expertIds" in o:
            experts[o["objectId"]] = sorted(o["expertIds"])
    rows = {}
    for o, obj in enumerate(order):
        e = n - len(recused.get(obj, ()))
        row = {
            "objectId": obj,
            "eligible": e,
            "random": e > m,
            "drawn": [pool[k] for k in members[o]],
            "inspectorIds": [pool[k] for k in members[o]],
        }
        if lead[o] >= 0:
            row["leaderId"] = pool[lead[o]]
        if obj in experts:
            row["expertIds"] = experts[obj]
        rows[obj] = row
    rows_sorted = [rows[o] for o in objects]
    S = m * len(objects)
    uniform = not recused and n >= m and (max_load is None or max_load >= -(-S // n))
    out = {
        "format": "shuangsuiji/match-receipt",
        "algorithm": ALGORITHM,
        "libraryVersion": receipt["libraryVersion"],
        "taskId": task["id"],
        "departmentId": dept["id"],
        "announcement": a,
        "seed": dict(
            {"kind": seed["kind"], "text": seed["text"]},
            **({"source": seed["source"]} if "source" in seed else {}),
            encoding="utf-8",
            bytes=seed["text"].encode("utf-8").hex(),
        ),
        "derivation": {"function": "shuangsuiji/derive-key/v1", "labels": labels, "key": key.hex()},
        "pool": {"inspectors": n, "excluded": excluded},
        "minimum": m,
        "maxLoad": max_load,
        "load": {"bound": bound, "min": min(load) if load else 0, "max": max(load) if load else 0},
        "inclusion": {
            "uniform": uniform,
            "slot": f"{m}/{n}" if uniform and n > 0 else None,
            "pair": f"{m * (m - 1)}/{n * (n - 1)}" if uniform and n > 1 else None,
            "leader": f"1/{n}" if uniform and initiator and n > 0 else None,
        },
        "random": any(r["random"] for r in rows_sorted),
        "objects": rows_sorted,
        "events": [],
    }
    check(receipt["libraryVersion"] in LIBRARY_VERSIONS, "libraryVersion")
    replay(out, receipt["events"], key, pool, recused, max_load, a["headInspectorId"])
    return out


def replay(out, events, key, pool, recused, max_load, head):
    """Step 5: each event must be approved by the head and take the next inspector of π_o."""
    last = None
    for i, e in enumerate(events):
        check(e.get("kind") == "replacement", f"events[{i}].kind")
        check(e["approvedBy"] == head, f"events[{i}] is not approved by the department's head")
        check(last is None or e["approvedOn"] >= last, f"events[{i}] is approved before the previous one")
        check(e["reason"] in REASONS and (e["reason"] != "其他" or "note" in e), f"events[{i}].reason")
        last = e["approvedOn"]
        row = next((r for r in out["objects"] if r["objectId"] == e["objectId"]), None)
        check(row is not None and e["outInspectorId"] in row["inspectorIds"], f"events[{i}]: not on the object")
        excluded = set(row["drawn"]) | set(row["inspectorIds"])
        for prev in out["events"]:
            if prev["objectId"] == e["objectId"]:
                excluded |= {prev["outInspectorId"], prev["inInspectorId"]}
        loads = {}
        for r in out["objects"]:
            for x in r["inspectorIds"]:
                loads[x] = loads.get(x, 0) + 1
        pi = SeededOrder(key, e["objectId"], len(pool))
        nxt = None
        for p in range(len(pool)):
            k = pi.at(p)
            x = pool[k]
            if x in excluded or k in recused.get(e["objectId"], ()):
                continue
            if max_load is not None and loads.get(x, 0) >= max_load:
                continue
            nxt = x
            break
        check(nxt is not None and nxt == e["inInspectorId"], f"events[{i}] does not take the next in the seeded order")
        row["inspectorIds"] = [nxt if x == e["outInspectorId"] else x for x in row["inspectorIds"]]
        if row.get("leaderId") == e["outInspectorId"]:
            row["leaderId"] = nxt
        out["events"].append(e)


def first_difference(x, y, path=""):
    if type(x) is not type(y) or (not isinstance(x, (dict, list)) and x != y):
        return path or "(the whole)"
    if isinstance(x, list):
        if len(x) != len(y):
            return path
        for i, (a, b) in enumerate(zip(x, y)):
            d = first_difference(a, b, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(x, dict):
        if set(x) != set(y):
            return f"{path} (fields {sorted(set(x) ^ set(y))})"
        for k in x:
            d = first_difference(x[k], y[k], f"{path}.{k}")
            if d:
                return d
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    published = argv[argv.index("--announcement") + 1] if "--announcement" in argv else None
    if published is not None:
        args = [a for a in args if a != published]
    with open(args[0], encoding="utf-8") as f:
        receipt = json.load(f)
    with open(args[1], encoding="utf-8") as f:
        inputs = json.load(f)
    try:
        check(receipt.get("format") == "shuangsuiji/match-receipt", "format")
        check(receipt.get("algorithm") == ALGORITHM, "algorithm")
        if published is not None:
            check(receipt["announcement"]["digest"] == published, "the announcement is not the published one")
        want = expected_receipt(receipt, inputs)
        d = first_difference(receipt, want)
        check(d is None, f"the receipt differs from the recomputed one at {d}")
    except (Mismatch, KeyError, TypeError, ValueError, AttributeError) as e:
        print(f"MISMATCH: {e}")
        return 1
    print(f"OK: {len(receipt['objects'])} objects, {len(receipt['events'])} replacements, key {receipt['derivation']['key']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
