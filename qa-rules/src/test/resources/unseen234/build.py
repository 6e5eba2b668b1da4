#!/usr/bin/env python3
"""Build call-u234-01.json .. call-u234-40.json from calls_1.py .. calls_4.py and check them.

Turn annotations (see calls_1.py): "neg", "<category>:<evidence>", "fw:<evidence>", "op:<evidence>".
Turn indexes are computed here (0-based), so the data files never hold hand-counted indexes.
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
QA_LETTERS = {"g": "greeting", "s": "self_intro", "n": "needs_discovery", "x": "next_step", "c": "closing"}

# Example phrases of the labeling guide (and the format example); none may be reused verbatim.
GUIDE_PHRASES = [
    "套餐说涨就涨", "从八十八涨到一百二十八", "单价在市场上偏高", "现在猪价这么低", "一吨差两百我也得算",
    "试用海川的系统", "已经在问携号转网了", "别的饮料厂家也在找我做代理", "报修五天了工程师还没来",
    "投诉了三次都没人管", "衣柜门板开裂了", "买了半年亏了百分之十二", "半个月都没人来店里看一下",
    "有产品到期也是我自己去问的", "赵主管上个月已经离职了", "调到总行了", "投顾一年换了三个",
    "关了六家门店", "卖了两百头", "下个月我只能订一半了", "合同到期我们肯定不续了", "续约的事到期再说吧",
    "周五再不送到我就要退单了", "把货窜到我们这边", "直接给他出厂价", "没打算换系统", "我没答应",
    "我们全家都用你们的", "能不换的先不换", "到期再说吧", "你听不懂吗", "这不归我管", "爱买不买",
    "那随便你", "你找他们去", "保证收益", "一分钱都不会亏", "百分之百不会坏的", "绝对是最低价",
    "全网绝对最低价", "保证半年内把亏的赚回来", "三天两头报过流故障", "业绩比较基准三点三",
    "别的银行有个三点二的", "恒力电气", "云帆软件", "浦江银行", "海川",
]

BAD_CHARS = re.compile(r"[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\t]")


def load_calls():
    calls = []
    for i in range(1, 5):
        path = os.path.join(HERE, f"calls_{i}.py")
        spec = importlib.util.spec_from_file_location(f"calls_{i}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        assert len(mod.CALLS) == 10, (path, len(mod.CALLS))
        calls.extend(mod.CALLS)
    return calls


def build(call, n, errors):
    cid = f"call-u234-{n:02d}"
    err = lambda msg: errors.append(f"{cid}: {msg}")
    turns, signals, fws, ops, negs = [], [], [], [], []
    for ti, t in enumerate(call["turns"]):
        spk, text, anns = t[0], t[1], t[2:]
        if spk not in ("r", "c"):
            err(f"turn {ti}: bad speaker {spk!r}")
        speaker = "rep" if spk == "r" else "customer"
        m = BAD_CHARS.search(text)
        if m:
            err(f"turn {ti}: forbidden character {m.group()!r}")
        turns.append({"speaker": speaker, "text": text})
        for a in anns:
            if a == "neg":
                if speaker != "customer":
                    err(f"turn {ti}: negative emotion on a rep turn")
                negs.append(ti)
                continue
            key, _, ev = a.partition(":")
            if not ev:
                err(f"turn {ti}: empty evidence in {a!r}")
            if ev not in text:
                err(f"turn {ti}: evidence {ev!r} not a substring of the turn")
            if key in ("fw", "op"):
                if speaker != "rep":
                    err(f"turn {ti}: QA span on a customer turn")
                (fws if key == "fw" else ops).append({"turn": ti, "evidence": ev})
            elif key in CATEGORIES:
                signals.append({"category": key, "turn": ti, "evidence": ev})
            else:
                err(f"turn {ti}: unknown annotation {a!r}")
    if not 10 <= len(turns) <= 30:
        err(f"{len(turns)} turns (style: 10-30)")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i - 1]["speaker"]:
            err(f"turns {i - 1} and {i} have the same speaker")
    if call["industry"] not in INDUSTRIES:
        err(f"bad industry {call['industry']}")
    if call["risk"] not in RISKS:
        err(f"bad risk {call['risk']}")
    if call["risk"] == "none" and signals:
        err("risk none but has churn signals")
    if call["risk"] != "none" and not signals:
        err("risk above none but no churn signal")
    qa_flags = set(call["qa"])
    if not qa_flags <= set(QA_LETTERS):
        err(f"bad qa letters {call['qa']}")
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    has_greet = "您好" in first_rep or "你好" in first_rep
    if has_greet != ("g" in qa_flags):
        err(f"greeting label {'g' in qa_flags} but first rep turn greeting {has_greet}")
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_close != ("c" in qa_flags):
        err(f"closing label {'c' in qa_flags} but last rep turn thanks/wishes {has_close}")
    for t in turns:
        for ph in GUIDE_PHRASES:
            if ph in t["text"]:
                err(f"guide example phrase reused: {ph}")
    for ph in GUIDE_PHRASES:
        if ph in call["scenario"]:
            err(f"guide example phrase in scenario: {ph}")
    tags = list(call["tags"])
    if ops and "over_promise" not in tags:
        tags.append("over_promise")
    for c in CATEGORIES:
        if any(s["category"] == c for s in signals) and c not in tags:
            tags.append(c)
    return {
        "id": cid,
        "industry": call["industry"],
        "scenario": call["scenario"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": call["risk"],
            "churn_signals": signals,
            "qa": {
                "greeting": "g" in qa_flags,
                "self_intro": "s" in qa_flags,
                "needs_discovery": "n" in qa_flags,
                "forbidden_words": fws,
                "over_promise": ops,
                "next_step": "x" in qa_flags,
                "closing": "c" in qa_flags,
            },
            "customer_negative_turns": negs,
        },
    }


def main():
    calls = load_calls()
    errors = []
    if len(calls) != 40:
        errors.append(f"{len(calls)} calls, expected 40")
    out = [build(c, n, errors) for n, c in enumerate(calls, 1)]
    risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
    if any(risk[r] != 10 for r in RISKS):
        errors.append(f"risk distribution {dict(risk)}, expected 10 each")
    inds = collections.Counter(o["industry"] for o in out)
    if set(inds) != set(INDUSTRIES):
        errors.append(f"industries missing: {set(INDUSTRIES) - set(inds)}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} build problems; nothing written")
        sys.exit(1)
    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # statistics for the README
    spans = collections.Counter(s["category"] for o in out for s in o["labels"]["churn_signals"])
    calls_with = collections.Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]})
    nturns = sum(len(o["turns"]) for o in out)
    q = lambda k: sum(1 for o in out if not o["labels"]["qa"][k])
    print(f"wrote {len(out)} calls, {nturns} turns "
          f"(min {min(len(o['turns']) for o in out)}, max {max(len(o['turns']) for o in out)})")
    print("churn_risk:", {r: risk[r] for r in RISKS})
    print("industry:", dict(inds.most_common()))
    print("signal spans per category:", dict(spans.most_common()), "total", sum(spans.values()))
    print("calls containing category:", dict(calls_with.most_common()))
    print("QA missing: greeting %d, self_intro %d, needs_discovery %d, next_step %d, closing %d" %
          tuple(q(k) for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")))
    print("forbidden_words: %d calls / %d spans; over_promise: %d calls / %d spans" % (
        sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
        sum(len(o["labels"]["qa"]["forbidden_words"]) for o in out),
        sum(1 for o in out if o["labels"]["qa"]["over_promise"]),
        sum(len(o["labels"]["qa"]["over_promise"]) for o in out)))
    print("customer negative turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    tagc = collections.Counter(t for o in out for t in o["tags"])
    print("tags:", {t: tagc[t] for t in ("hard_negative", "negation", "ambiguous", "big_account",
                                         "silent_churn", "inbound", "complaint")})


if __name__ == "__main__":
    main()
