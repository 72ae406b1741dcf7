#!/usr/bin/env python3
"""Draws the reserve's steering over the runtime's steering scenario, as an SVG, with no
third-party packages: the targets, the buy-back discount and the grants share a period (top), and
what the rules read, each against its average (bottom), with the scenario's phases shaded.

Usage: scripts/plot-steering.py docs/figures/steering-scenario.csv docs/figures/steering-scenario.svg
The CSV comes from the runtime test
`a_steering_scenario_with_a_demand_shock_an_engagement_slump_and_a_price_swing`
(STEERING_SCENARIO_CSV=$PWD/docs/figures/steering-scenario.csv SKIP_WASM_BUILD=1 \
 cargo nextest run --release -p atelier-runtime --features try-runtime -E 'test(steering_scenario)').
"""
import csv
import sys

source, target = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(source)))
n = len(rows)
W, H, L, R, T, GAP, B = 900, 640, 70, 150, 40, 70, 50
PH = (H - T - GAP - B) // 2


def x(i):
    return L + (W - L - R) * i / max(n - 1, 1)


def panel_y(top, lo, hi):
    return lambda v: top + PH - (v - lo) / (hi - lo) * PH


out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>']
# Phases, shaded across both panels.
shades = {"demand shock": "#fde2c8", "engagement slump": "#dbe8fb", "price swing": "#f6d5d5"}
start = 0
for i in range(1, n + 1):
    if i == n or rows[i]["phase"] != rows[start]["phase"]:
        phase = rows[start]["phase"]
        if phase in shades:
            x0, x1 = x(start) - 5, x(i - 1) + 5
            out.append(f'<rect x="{x0:.1f}" y="{T}" width="{x1 - x0:.1f}" height="{H - T - B}" fill="{shades[phase]}"/>')
            out.append(f'<text x="{(x0 + x1) / 2:.1f}" y="{T - 8}" text-anchor="middle">{phase}</text>')
        start = i


def line(points, color, width=2, dash=""):
    d = " ".join(f"{'M' if k == 0 else 'L'}{px:.1f},{py:.1f}" for k, (px, py) in enumerate(points))
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    out.append(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{width}"{extra}/>')


def axes(top, lo, hi, ticks, label, fmt):
    y = panel_y(top, lo, hi)
    out.append(f'<line x1="{L}" y1="{top + PH}" x2="{W - R}" y2="{top + PH}" stroke="black"/>')
    out.append(f'<line x1="{L}" y1="{top}" x2="{L}" y2="{top + PH}" stroke="black"/>')
    for t in ticks:
        out.append(f'<text x="{L - 6}" y="{y(t) + 4:.1f}" text-anchor="end">{fmt(t)}</text>')
        out.append(f'<line x1="{L}" y1="{y(t):.1f}" x2="{W - R}" y2="{y(t):.1f}" stroke="#ddd"/>')
    out.append(f'<text x="16" y="{top + PH / 2}" transform="rotate(-90 16 {top + PH / 2})" text-anchor="middle">{label}</text>')
    return y


def legend(top, items):
    for k, (name, color, dash) in enumerate(items):
        yy = top + 14 + 18 * k
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{W - R + 10}" y1="{yy}" x2="{W - R + 34}" y2="{yy}" stroke="{color}" stroke-width="2"{extra}/>')
        out.append(f'<text x="{W - R + 40}" y="{yy + 4}">{name}</text>')


# Top: targets and the discount, in percent.
pct = lambda v: int(v) / 10_000
y1 = axes(T, 0, 75, [0, 10, 20, 30, 40, 50, 60, 70], "percent", lambda t: f"{t}%")
line([(x(i), y1(pct(r["stable"]))) for i, r in enumerate(rows)], "#1f77b4")
line([(x(i), y1(pct(r["pol"]))) for i, r in enumerate(rows)], "#2ca02c")
line([(x(i), y1(pct(r["atl"]))) for i, r in enumerate(rows)], "#ff7f0e")
line([(x(i), y1(pct(r["discount"]) * 10)) for i, r in enumerate(rows)], "#d62728", dash="5,3")
line([(x(i), y1(pct(r["grants"]))) for i, r in enumerate(rows)], "#8c564b", dash="2,2")
legend(T, [("aUSD target", "#1f77b4", ""), ("POL target", "#2ca02c", ""), ("ATL target", "#ff7f0e", ""),
           ("discount ×10", "#d62728", "5,3"), ("grants share", "#8c564b", "2,2")])

# Bottom: what the rules read, each over its average (1 = at the average), and the drift.
top2 = T + PH + GAP


def ratio(v, avg):
    v, avg = float(v), float(avg)
    return min(v / avg, 4.0) if avg > 0 else 1.0


y2 = axes(top2, 0, 4, [0, 1, 2, 3, 4], "over its average", lambda t: f"{t}×")
line([(x(i), y2(ratio(r["paid_away"], r["paid_away_average"]))) for i, r in enumerate(rows)], "#2ca02c")
line([(x(i), y2(ratio(int(r["engaged"]) * 1000, r["engaged_average"]))) for i, r in enumerate(rows)], "#9467bd")
line([(x(i), y2(1 + int(r["drift"]) / 1_000_000 * 10)) for i, r in enumerate(rows)], "#d62728", dash="5,3")
legend(top2, [("demand paid away", "#2ca02c", ""), ("active accounts", "#9467bd", ""),
              ("1 + price drift ×10", "#d62728", "5,3")])
for i in range(0, n, 5):
    out.append(f'<text x="{x(i):.1f}" y="{H - B + 18}" text-anchor="middle">{i}</text>')
out.append(f'<text x="{(L + W - R) / 2}" y="{H - 10}" text-anchor="middle">period (30 blocks)</text>')
out.append("</svg>")
open(target, "w").write("\n".join(out))
