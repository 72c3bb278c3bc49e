#!/usr/bin/env python3
"""Independent verifier of shuangsuiji draw receipts (algorithm shuangsuiji/draw/stratified-min-ticket v2).

Uses nothing but Python's standard library (hashlib.sha256, fractions, unicodedata) and docs/verification.md; it
shares no code with the TypeScript library. Usage:

    python3 verify_receipt.py receipt.json frame.json [--announcement DIGEST]
    python3 verify_receipt.py golden.json [--announcement DIGEST]    # a golden vector: {"input": {"frame"}, "receipt"}

DIGEST is the announcement digest published before the seed's draw time (Step 0 of docs/verification.md). Without
it the receipt is only checked to be a correct draw for the announcement it contains.
Exit status 0 when every field recomputes exactly, 1 otherwise (each problem is printed).
"""
import hashlib
import json
import re
import sys
import unicodedata
from decimal import Decimal
from fractions import Fraction
from math import ceil

ALGORITHM = {"id": "shuangsuiji/draw/stratified-min-ticket", "version": 2}
# libraryVersion is informational: any release may have made the receipt; it must be a semantic version.
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?\Z")
RECEIPT_FORMAT = "shuangsuiji/draw-receipt"
ANNOUNCEMENT_FORMAT = "shuangsuiji/draw-announcement"
DERIVE_KEY_LABEL = "shuangsuiji/derive-key/v1"
RESERVE_SIZE_RULE = "min(N - n, ceil(n * percent / 100))"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
HEX64 = re.compile(r"^[0-9a-f]{64}$")
RATIO = re.compile(r"^(?:1|0\.[0-9]*[1-9])$")


def utf8(s):
    return s.encode("utf-8")  # raises on an unpaired surrogate: such a text has no exact encoding


def lp(s):
    b = utf8(s) if isinstance(s, str) else s
    return len(b).to_bytes(4, "big") + b


def u32(v):
    return v.to_bytes(4, "big")


def u64(v):
    return v.to_bytes(8, "big")


def sha(b):
    return hashlib.sha256(b).digest()


def derive_key(kind, text, labels):
    pre = lp(DERIVE_KEY_LABEL) + lp(kind) + lp(text) + u32(len(labels))
    for label in labels:
        pre += lp(label)
    return sha(pre)


def bucket_of(uid):
    # top byte of the 32-bit FNV-1a hash of the id's UTF-8 bytes
    h = 0x811C9DC5
    for c in utf8(uid):
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h >> 24


def is_uscc(uid):
    # GB 32100-2015: 18 characters of the alphabet, the last one the check character of the first 17
    if not isinstance(uid, str) or len(uid) != 18 or any(c not in USCC_ALPHABET for c in uid):
        return False
    if not uid[2:8].isdigit():  # positions 3-8: the region code, digits only (all characters are ASCII here)
        return False
    total = sum(USCC_ALPHABET.index(uid[i]) * USCC_WEIGHTS[i] for i in range(17))
    return USCC_ALPHABET.index(uid[17]) == (31 - total % 31) % 31


def ticket(key, stratum, uid):
    pad = b"shuangsuiji/ticket/v1".ljust(32, b"\0")
    return sha(key + pad + lp(stratum) + lp(uid)).hex()


def frame_commitment(strata, units):
    buckets = [[] for _ in range(256)]
    counts = {s: 0 for s in strata}
    for u in units:
        buckets[bucket_of(u["id"])].append(u)
        counts[u["stratum"]] += 1
    pre = lp("shuangsuiji/frame/v2") + u32(len(strata))
    for s in strata:
        pre += lp(s) + u64(counts[s])
    for b in range(256):
        data = lp("shuangsuiji/frame-bucket/v2") + bytes([b])
        for u in sorted(buckets[b], key=lambda u: utf8(u["id"])):
            # leaf: the 18 ASCII bytes of the credit code and u32 of its stratum's index in table order
            data += u["id"].encode("ascii") + u32(strata.index(u["stratum"]))
        pre += sha(data)
    return sha(pre).hex(), [counts[s] for s in strata]


def announcement_digest(a):
    """Step 0: SHA-256 of the canonical encoding of the announcement (everything but its digest)."""
    rt, fr, sd = a["ratioTable"], a["frame"], a["seed"]
    pre = lp("shuangsuiji/draw-announcement/v1") + lp(a["algorithm"]["id"]) + u32(a["algorithm"]["version"])
    pre += lp(a["taskId"]) + lp(rt["source"])
    pre += (b"\x01" + u64(rt["total"])) if "total" in rt else b"\x00"
    pre += u32(len(rt["strata"]))
    for s in rt["strata"]:
        pre += lp(s["id"]) + lp(s["label"])
        pre += (b"\x01" + lp(s["rule"]["ratio"])) if "ratio" in s["rule"] else (b"\x02" + u64(s["rule"]["count"]))
    pre += u32(a["reservePercent"])
    pre += bytes.fromhex(fr["digest"]) + u32(len(fr["strata"]))
    for s in fr["strata"]:
        pre += lp(s["id"]) + u64(s["count"])
    pre += u64(fr["total"])
    pre += lp(sd["kind"])
    pre += (b"\x01" + lp(sd["source"])) if "source" in sd else b"\x00"
    pre += (b"\x01" + bytes.fromhex(sd["commitment"])) if "commitment" in sd else b"\x00"
    return sha(pre).hex()


def seed_text_problems(text):
    """The canonical seed text (docs/draw.md): what the library refuses, the verifier refuses too."""
    out = []
    if text.strip() == "":
        out.append("seed text is empty")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in text):
        out.append("seed text contains a control, format or surrogate character")
    if any(c.isspace() and c != " " and unicodedata.category(c) not in ("Cc", "Cf") for c in text):
        out.append("seed text contains white space other than U+0020")
    if text != text.strip(" "):
        out.append("seed text starts or ends with a space")
    if "  " in text:
        out.append("seed text contains two spaces in a row")
    if unicodedata.normalize("NFKC", text) != text:
        out.append("seed text is not in NFKC form")
    return out


def sizes(rules, counts, total, percent):
    """Step 3: n, reserve size and allocation record of every stratum."""
    H = len(rules)
    n = [0] * H
    alloc = [{"rule": "ratio-placeholder"}] * H
    fixed = 0
    for h, r in enumerate(rules):
        if "count" in r:
            n[h] = min(r["count"], counts[h])
            fixed += n[h]
            alloc[h] = {"rule": "fixed-count"}
    ratio = [Fraction(r["ratio"]) if "ratio" in r else None for r in rules]
    if total is None:
        for h in range(H):
            if ratio[h] is not None:
                n[h] = min(counts[h], ceil(ratio[h] * counts[h]))
                alloc[h] = {"rule": "ceil-ratio"}
    else:
        for h in range(H):
            if ratio[h] is not None:
                alloc[h] = {"rule": "largest-remainder", "quota": "0/1", "remainderSeat": False, "capped": False}
        active = [h for h in range(H) if ratio[h] is not None and counts[h] > 0]
        # Every non-empty ratio stratum first gets one seat when the seats cover one each (g = 1); otherwise
        # none does (g = 0) and the strata left with n = 0 are exempt from the draw.
        g = 1 if total - fixed >= len(active) else 0
        R = total - fixed - g * len(active)
        w = {h: ratio[h] * counts[h] for h in active}
        frac = lambda q: f"{q.numerator}/{q.denominator}"  # lowest terms
        while active:
            sw = sum(w[h] for h in active)
            quota = {h: R * w[h] / sw for h in active}
            capped = [h for h in active if quota[h] >= counts[h] - g]
            if capped:
                for h in capped:
                    n[h] = counts[h]
                    alloc[h] = {"rule": "largest-remainder", "quota": frac(quota[h]), "remainderSeat": False,
                                "capped": True}
                    R -= counts[h] - g
                active = [h for h in active if h not in capped]
                continue
            for h in active:
                n[h] = g + int(quota[h])  # floor, quotas are non-negative
            left = R - sum(int(quota[h]) for h in active)
            order = sorted(active, key=lambda h: (-(quota[h] - int(quota[h])), h))
            seated = set(order[:left])
            for h in active:
                n[h] += 1 if h in seated else 0
                alloc[h] = {"rule": "largest-remainder", "quota": frac(quota[h]), "remainderSeat": h in seated,
                            "capped": False}
            break
    reserve = [min(counts[h] - n[h], ceil(Fraction(n[h] * percent, 100))) for h in range(H)]
    return n, reserve, alloc


def check_announcement(a, problems):
    """The announcement must be one the library can make: valid fields and a digest of its content."""
    if a.get("format") != ANNOUNCEMENT_FORMAT or a.get("algorithm") != ALGORITHM:
        problems.append("announcement format or algorithm differs")
    rt = a["ratioTable"]
    ids = [s["id"] for s in rt["strata"]]
    if len(set(ids)) != len(ids) or any(not i for i in ids):
        problems.append("announcement strata are empty or not distinct")
    for s in rt["strata"]:
        r = s["rule"]
        if "ratio" in r and not (RATIO.match(r["ratio"]) and len(r["ratio"]) - 2 <= 6):
            problems.append(f"stratum {s['id']}: ratio {r['ratio']} is not a canonical decimal in (0, 1] "
                            "with at most 6 places")
        # A count of 0 is allowed: it exempts the stratum's credit-risk classes (第十五条 forbids no zero).
        if "count" in r and not (isinstance(r["count"], int) and not isinstance(r["count"], bool) and r["count"] >= 0):
            problems.append(f"stratum {s['id']}: count is not a non-negative integer")
    if not (isinstance(a["reservePercent"], int) and 0 <= a["reservePercent"] <= 100):
        problems.append("reserve percent is not an integer from 0 to 100")
    fr = a["frame"]
    if [s["id"] for s in fr["strata"]] != ids or sum(s["count"] for s in fr["strata"]) != fr["total"]:
        problems.append("announced frame strata or total are inconsistent")
    sd = a["seed"]
    if (sd["kind"] == "committed-text") != ("commitment" in sd):
        problems.append("a committed-text seed (and only it) needs a commitment")
    digest = announcement_digest(a)
    if digest != a["digest"]:
        problems.append(f"announcement digest {a['digest']} is not the SHA-256 of its content ({digest})")


def verify(receipt, units, published=None):
    problems = []
    if receipt.get("format") != RECEIPT_FORMAT or receipt.get("algorithm") != ALGORITHM:
        return ["not a receipt of algorithm shuangsuiji/draw/stratified-min-ticket version 2"]
    if not isinstance(receipt.get("libraryVersion"), str) or not SEMVER.match(receipt["libraryVersion"]):
        problems.append(f"library version {receipt.get('libraryVersion')!r} is not a semantic version")
    a = receipt["announcement"]
    # Step 0: the announcement, and the one published before the seed
    check_announcement(a, problems)
    if published is not None and a["digest"] != published:
        problems.append(f"announcement digest {a['digest']} differs from the published {published}")
    rt = a["ratioTable"]
    strata = [s["id"] for s in rt["strata"]]
    if receipt["taskId"] != a["taskId"]:
        problems.append("task id differs from the announcement")
    want_rt = {"source": rt["source"], **({"total": rt["total"]} if "total" in rt else {})}
    if receipt["ratioTable"] != want_rt:
        problems.append("ratio table source/total differ from the announcement")
    if receipt["reserveRule"] != {"percent": a["reservePercent"], "size": RESERVE_SIZE_RULE}:
        problems.append("reserve rule differs from the announcement or from version 2")
    # Step 1: the seed and the key
    seed = receipt["seed"]
    try:
        if utf8(seed["text"]).hex() != seed["bytes"]:
            problems.append("seed bytes are not the UTF-8 of the seed text")
    except UnicodeEncodeError:
        return problems + ["seed text is not well-formed Unicode"]
    problems += seed_text_problems(seed["text"])
    if seed.get("encoding") != "utf-8" or seed["kind"] != a["seed"]["kind"]:
        problems.append("seed kind or encoding differs from the announcement")
    if "source" in a["seed"] and seed.get("source") != a["seed"]["source"]:
        problems.append("seed source differs from the announcement")
    if "commitment" in a["seed"] and hashlib.sha256(utf8(seed["text"])).hexdigest() != a["seed"]["commitment"]:
        problems.append("SHA-256 of the committed seed text differs from the announced commitment")
    labels = ["stage-one", a["taskId"], a["digest"]]
    key = derive_key(seed["kind"], seed["text"], labels)
    if receipt["derivation"] != {"function": DERIVE_KEY_LABEL, "labels": labels, "key": key.hex()}:
        problems.append("derivation (function, labels or key) differs")
    # Step 2: the frame
    ids = [u["id"] for u in units]
    if len(set(ids)) != len(ids):
        problems.append("the frame lists a credit code twice")
    bad = [i for i in ids if not is_uscc(i)]
    if bad:
        problems.append(f"the frame holds {len(bad)} invalid credit code(s), e.g. {bad[0]!r}")
    foreign = [u for u in units if u["stratum"] not in strata]
    if foreign:
        problems.append(f"the frame puts {foreign[0]['id']} in stratum {foreign[0]['stratum']!r}, not in the table")
    if bad or foreign:
        return problems
    digest, counts = frame_commitment(strata, units)
    frame = {"digest": digest, "strata": [{"id": s, "count": c} for s, c in zip(strata, counts)],
             "total": sum(counts)}
    if frame != a["frame"]:
        problems.append(f"the frame (digest {digest}, counts {counts}) is not the announced one")
    if receipt["frame"] != frame:
        problems.append("receipt frame (digest, strata, counts or total) differs from the frame")
    # Step 3: sizes
    try:
        n, reserve, alloc = sizes([s["rule"] for s in rt["strata"]], counts, rt.get("total"), a["reservePercent"])
    except ValueError as e:
        return problems + [str(e)]
    if [s["id"] for s in receipt["strata"]] != strata:
        return problems + ["receipt strata differ from the announcement"]
    # Step 4: tickets and the selection
    for h, s in enumerate(receipt["strata"]):
        spec = rt["strata"][h]
        if s["label"] != spec["label"] or s["rule"] != spec["rule"]:
            problems.append(f"stratum {s['id']}: label or rule differs from the announcement")
        mine = sorted(((ticket(key, s["id"], u["id"]), u["id"]) for u in units if u["stratum"] == s["id"]))
        sel = [{"id": i, "ticket": t} for t, i in mine[: n[h]]]
        res = [{"id": i, "ticket": t} for t, i in mine[n[h]: n[h] + reserve[h]]]
        if (s["N"], s["n"], s["reserveSize"]) != (counts[h], n[h], reserve[h]):
            problems.append(f"stratum {s['id']}: N, n, reserve = {counts[h]}, {n[h]}, {reserve[h]}")
        if s["allocation"] != alloc[h]:
            problems.append(f"stratum {s['id']}: allocation {s['allocation']} differs from {alloc[h]}")
        if s["inclusionProbability"] != f"{n[h]}/{counts[h]}" or s["random"] != (0 < n[h] < counts[h]):
            problems.append(f"stratum {s['id']}: inclusion probability / random flag differ")
        if s["selected"] != sel:
            problems.append(f"stratum {s['id']}: selection differs")
        if s["cutoff"] != (sel[-1]["ticket"] if sel else None):
            problems.append(f"stratum {s['id']}: cut-off differs")
        if s["reserve"] != res:
            problems.append(f"stratum {s['id']}: reserve differs")
    known = {"format", "algorithm", "libraryVersion", "taskId", "ratioTable", "seed", "derivation", "frame",
             "reserveRule", "announcement", "strata"}
    if set(receipt) != known:
        problems.append(f"unexpected or missing receipt fields: {sorted(set(receipt) ^ known)}")
    return problems


def integral(text):
    """A JSON number: one with an integral value (4, 4.0, 4e0) is that integer, as in JavaScript's JSON.parse."""
    d = Decimal(text)
    return int(d) if d == d.to_integral_value() else float(text)


def load(f):
    return json.load(f, parse_float=integral)


def main(argv):
    args = argv[1:]
    published = None
    if "--announcement" in args:
        i = args.index("--announcement")
        published = args[i + 1]
        del args[i: i + 2]
    if published is not None and not re.fullmatch(r"[0-9a-f]{64}", published):
        print("MISMATCH: the published announcement digest must be 64 lowercase hex digits")
        return 1
    doc = load(sys.stdin if args[0] == "-" else open(args[0], encoding="utf-8"))  # "-": standard input
    if len(args) > 1:
        receipt, frame = doc, load(open(args[1], encoding="utf-8"))
    else:
        receipt, frame = doc["receipt"], doc["input"]["frame"]
    units = frame["units"] if isinstance(frame, dict) else frame
    try:
        problems = verify(receipt, units, published)
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        problems = [f"malformed receipt or frame: {e!r}"]
    for p in problems:
        print("MISMATCH:", p)
    print("OK: the receipt recomputes exactly" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
