#!/usr/bin/env python3
"""Independent verifier of shuangsuiji draw receipts (algorithm shuangsuiji/draw/stratified-min-ticket v2).

Uses nothing but Python's standard library (hashlib.sha256, fractions) and docs/verification.md; it shares no
code with the TypeScript library. Usage:

    python3 verify_receipt.py receipt.json frame.json     # frame: {"units": [{"id", "stratum"}, ...]} or a list
    python3 verify_receipt.py golden.json                  # a golden vector: {"input": {"frame"}, "receipt"}
"""
import hashlib
import json
import sys
from fractions import Fraction
from math import ceil


def lp(s):
    b = s.encode("utf-8") if isinstance(s, str) else s
    return len(b).to_bytes(4, "big") + b


def sha(b):
    return hashlib.sha256(b).digest()


def derive_key(kind, text, labels):
    pre = lp("shuangsuiji/derive-key/v1") + lp(kind) + lp(text) + len(labels).to_bytes(4, "big")
    for label in labels:
        pre += lp(label)
    return sha(pre)


def bucket_of(uid):
    # top byte of the 32-bit FNV-1a hash of the id's UTF-8 bytes
    h = 0x811C9DC5
    for c in uid.encode("utf-8"):
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h >> 24


def ticket(key, stratum, uid):
    pad = b"shuangsuiji/ticket/v1".ljust(32, b"\0")
    return sha(key + pad + lp(stratum) + lp(uid)).hex()


def frame_commitment(strata, units):
    buckets = [[] for _ in range(256)]
    counts = {s: 0 for s in strata}
    for u in units:
        buckets[bucket_of(u["id"])].append(u)
        counts[u["stratum"]] += 1
    pre = lp("shuangsuiji/frame/v2") + len(strata).to_bytes(4, "big")
    for s in strata:
        pre += lp(s) + counts[s].to_bytes(8, "big")
    for b in range(256):
        data = lp("shuangsuiji/frame-bucket/v2") + bytes([b])
        for u in sorted(buckets[b], key=lambda u: u["id"].encode("utf-8")):
            # leaf: the 18 ASCII bytes of the credit code and u32 of its stratum's index in table order
            data += u["id"].encode("ascii") + strata.index(u["stratum"]).to_bytes(4, "big")
        pre += sha(data)
    return sha(pre).hex(), [counts[s] for s in strata]


def sizes(rules, counts, total, percent):
    H = len(rules)
    n = [0] * H
    fixed = 0
    for h, r in enumerate(rules):
        if "count" in r:
            n[h] = min(r["count"], counts[h])
            fixed += n[h]
    ratio = [Fraction(r["ratio"]) if "ratio" in r else None for r in rules]
    if total is None:
        for h in range(H):
            if ratio[h] is not None:
                n[h] = min(counts[h], ceil(ratio[h] * counts[h]))
    else:
        assert total >= fixed, "total below fixed counts"
        R = total - fixed
        active = [h for h in range(H) if ratio[h] is not None and counts[h] > 0]
        w = {h: ratio[h] * counts[h] for h in active}
        while active:
            sw = sum(w[h] for h in active)
            quota = {h: R * w[h] / sw for h in active}
            capped = [h for h in active if quota[h] >= counts[h]]
            if capped:
                for h in capped:
                    n[h] = counts[h]
                    R -= counts[h]
                active = [h for h in active if h not in capped]
                continue
            for h in active:
                n[h] = int(quota[h])  # floor, quotas are non-negative
            left = R - sum(n[h] for h in active)
            order = sorted(active, key=lambda h: (-(quota[h] - int(quota[h])), h))
            for h in order[:left]:
                n[h] += 1
            break
    reserve = [min(counts[h] - n[h], ceil(Fraction(n[h] * percent, 100))) for h in range(H)]
    return n, reserve


def verify(receipt, units):
    problems = []
    assert receipt["algorithm"] == {"id": "shuangsuiji/draw/stratified-min-ticket", "version": 2}
    seed = receipt["seed"]
    if seed["text"].encode("utf-8").hex() != seed["bytes"]:
        problems.append("seed bytes are not the UTF-8 of the seed text")
    key = derive_key(seed["kind"], seed["text"], ["stage-one", receipt["taskId"]])
    if key.hex() != receipt["derivation"]["key"]:
        problems.append("derived key differs")
    strata = [s["id"] for s in receipt["strata"]]
    digest, counts = frame_commitment(strata, units)
    if digest != receipt["frame"]["digest"]:
        problems.append(f"frame digest {digest} differs from {receipt['frame']['digest']}")
    n, reserve = sizes([s["rule"] for s in receipt["strata"]], counts,
                       receipt["ratioTable"].get("total"), receipt["reserveRule"]["percent"])
    for h, s in enumerate(receipt["strata"]):
        mine = sorted(((ticket(key, s["id"], u["id"]), u["id"]) for u in units if u["stratum"] == s["id"]))
        sel = [{"id": i, "ticket": t} for t, i in mine[: n[h]]]
        res = [{"id": i, "ticket": t} for t, i in mine[n[h]: n[h] + reserve[h]]]
        if (s["N"], s["n"], s["reserveSize"]) != (counts[h], n[h], reserve[h]):
            problems.append(f"stratum {s['id']}: N, n, reserve = {counts[h]}, {n[h]}, {reserve[h]}")
        if s["inclusionProbability"] != f"{n[h]}/{counts[h]}" or s["random"] != (n[h] < counts[h]):
            problems.append(f"stratum {s['id']}: inclusion probability / random flag differ")
        if s["selected"] != sel:
            problems.append(f"stratum {s['id']}: selection differs")
        if s["cutoff"] != (sel[-1]["ticket"] if sel else None):
            problems.append(f"stratum {s['id']}: cut-off differs")
        if s["reserve"] != res:
            problems.append(f"stratum {s['id']}: reserve differs")
    return problems


def main():
    doc = json.load(open(sys.argv[1], encoding="utf-8"))
    if len(sys.argv) > 2:
        receipt, frame = doc, json.load(open(sys.argv[2], encoding="utf-8"))
    else:
        receipt, frame = doc["receipt"], doc["input"]["frame"]
    units = frame["units"] if isinstance(frame, dict) else frame
    problems = verify(receipt, units)
    for p in problems:
        print("MISMATCH:", p)
    print("OK: the receipt recomputes exactly" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
