#!/usr/bin/env python3
"""Draws the reserve's composition and the pool price against its average over the runtime's
multi-period scenario, as an SVG, with no third-party packages.

Usage: scripts/plot-reserve.py docs/figures/reserve-scenario.csv docs/figures/reserve-scenario.svg
The CSV comes from the runtime test `a_multi_period_scenario_pays_the_infrastructure_every_period`
(RESERVE_SCENARIO_CSV=$PWD/docs/figures/reserve-scenario.csv SKIP_WASM_BUILD=1 \
 cargo nextest run --release -p atelier-runtime --features try-runtime -E 'test(multi_period)').
"""
import csv
import sys

source, target = sys.argv[1], sys.argv[2]
samples, events = [], []
for r in csv.DictReader(open(source)):
    if r["spot"]:
        samples.append((int(r["block"]), float(r["spot"]), float(r["average"]),
                        int(r["stable"]), int(r["pol"]), int(r["atl"])))
    else:
        events.append((int(r["block"]), r["event"]))

W, H, L, R, T, GAP, B = 860, 620, 80, 30, 30, 60, 50
PH = (H - T - GAP - B) // 2  # each panel's height
x0 = min(s[0] for s in samples)
x1 = max(max(s[0] for s in samples), max(e[0] for e in events))
p_lo = min(min(s[1], s[2]) for s in samples) * 0.95
p_hi = max(max(s[1], s[2]) for s in samples) * 1.05
v_hi = max(s[3] + s[4] + s[5] for s in samples) * 1.05


def x(block):
    return L + (block - x0) / (x1 - x0) * (W - L - R)


def y_price(p):
    return T + PH - (p - p_lo) / (p_hi - p_lo) * PH


def y_value(v):
    top = T + PH + GAP
    return top + PH - v / v_hi * PH


out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>']
# Periods: shaded by what the reserve did at their end.
previous = x0
for block, label in events:
    colour = {"converted": "#e6f0fb", "bought back": "#fbeee6"}.get(label, "#f4f4f4")
    for top in (T, T + PH + GAP):
        out.append(f'<rect x="{x(previous):.1f}" y="{top}" width="{x(block) - x(previous):.1f}" height="{PH}" fill="{colour}"/>')
    out.append(f'<line x1="{x(block):.1f}" y1="{T}" x2="{x(block):.1f}" y2="{H - B}" stroke="#ccc"/>')
    previous = block
# Price panel.
for i in range(5):
    p = p_lo + (p_hi - p_lo) * i / 4
    out.append(f'<text x="{L - 6}" y="{y_price(p) + 4:.1f}" text-anchor="end">{p:.2f}</text>')
out.append(f'<text x="14" y="{T + PH / 2}" transform="rotate(-90 14 {T + PH / 2})" text-anchor="middle">aUSD per ATL</text>')
for index, colour, name in ((1, "#c0392b", "spot (last block's close)"), (2, "#2c3e50", "moving average (600 blocks)")):
    points = " ".join(f"{x(s[0]):.1f},{y_price(s[index]):.1f}" for s in samples)
    out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
out.append(f'<text x="{L + 8}" y="{T + 14}" fill="#c0392b">spot (last block\'s close)</text>')
out.append(f'<text x="{L + 190}" y="{T + 14}" fill="#2c3e50">moving average (600 blocks)</text>')
out.append(f'<text x="{L + 400}" y="{T + 14}" fill="#2f6fb0">blue: busy hour, inflow converted</text>')
out.append(f'<text x="{L + 400}" y="{T + 28}" fill="#b06020">orange: quiet hour, bought back and burned</text>')
# Composition panel: stacked areas (aUSD, POL, ATL) in aUSD at the average price.
top = T + PH + GAP
for i in range(5):
    v = v_hi * i / 4
    out.append(f'<text x="{L - 6}" y="{y_value(v) + 4:.1f}" text-anchor="end">{v / 1e6:.1f}M</text>')
out.append(f'<text x="14" y="{top + PH / 2}" transform="rotate(-90 14 {top + PH / 2})" text-anchor="middle">reserve value, aUSD</text>')
layers = [("aUSD", "#27ae60", lambda s: s[3]), ("POL", "#8e44ad", lambda s: s[3] + s[4]),
          ("ATL", "#f39c12", lambda s: s[3] + s[4] + s[5])]
below = [0] * len(samples)
for name, colour, height in layers:
    upper = [height(s) for s in samples]
    pts = [f"{x(s[0]):.1f},{y_value(u):.1f}" for s, u in zip(samples, upper)]
    pts += [f"{x(s[0]):.1f},{y_value(b):.1f}" for s, b in reversed(list(zip(samples, below)))]
    out.append(f'<polygon points="{" ".join(pts)}" fill="{colour}" fill-opacity="0.75"/>')
    below = upper
legend_x = L + 8
for name, colour, _ in layers:
    out.append(f'<rect x="{legend_x}" y="{top + 6}" width="10" height="10" fill="{colour}"/>')
    out.append(f'<text x="{legend_x + 14}" y="{top + 15}">{name}</text>')
    legend_x += 60
# Axes.
for y0 in (T, top):
    out.append(f'<line x1="{L}" y1="{y0 + PH}" x2="{W - R}" y2="{y0 + PH}" stroke="black"/>')
    out.append(f'<line x1="{L}" y1="{y0}" x2="{L}" y2="{y0 + PH}" stroke="black"/>')
for block in range(0, x1 + 1, 1200):
    if block >= x0:
        out.append(f'<text x="{x(block):.1f}" y="{H - B + 16}" text-anchor="middle">{block}</text>')
out.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">block (one period = 600 blocks, an hour)</text>')
out.append("</svg>")
open(target, "w").write("\n".join(out) + "\n")
