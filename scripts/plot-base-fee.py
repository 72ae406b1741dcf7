#!/usr/bin/env python3
"""Draws the base fee's path under a demand spike as an SVG, with no third-party packages.

Usage: scripts/plot-base-fee.py docs/figures/base-fee-spike.csv docs/figures/base-fee-spike.svg
The CSV comes from the pallet test `base_fee_path_under_a_demand_spike`
(ATELIER_FIGURES_DIR=docs/figures cargo test -p pallet-compute-market base_fee_path).
"""
import csv
import sys

source, target = sys.argv[1], sys.argv[2]
rows = [
    (int(r["block"]), float(r["base_fee_over_floor"]), int(r["units_admitted"]))
    for r in csv.DictReader(open(source))
]
W, H, L, R, T, B = 760, 380, 60, 60, 30, 50
blocks = [r[0] for r in rows]
x0, x1 = min(blocks), max(blocks)
fee_max = max(4.0, max(r[1] for r in rows) * 1.1)
units_max = 1000.0


def x(block):
    return L + (block - x0) / (x1 - x0) * (W - L - R)


def y_fee(fee):
    return H - B - fee / fee_max * (H - T - B)


def y_units(units):
    return H - B - units / units_max * (H - T - B)


out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>']
# Demand spike window.
out.append(f'<rect x="{x(10):.1f}" y="{T}" width="{x(49) - x(10):.1f}" height="{H - T - B}" fill="#fdf1e6"/>')
out.append(f'<text x="{x(10) + 4:.1f}" y="{T + 14}" fill="#b06020">demand spike (blocks 10-49)</text>')
# Units admitted, as bars (right axis).
bar = (W - L - R) / (x1 - x0) * 0.7
for block, _, units in rows:
    if units:
        out.append(f'<rect x="{x(block) - bar / 2:.1f}" y="{y_units(units):.1f}" width="{bar:.1f}" '
                   f'height="{H - B - y_units(units):.1f}" fill="#c9d8ef"/>')
# Target line (500 units).
out.append(f'<line x1="{L}" x2="{W - R}" y1="{y_units(500):.1f}" y2="{y_units(500):.1f}" stroke="#7d9cc9" stroke-dasharray="4 4"/>')
out.append(f'<text x="{W - R - 4}" y="{y_units(500) - 4:.1f}" text-anchor="end" fill="#5a7bb0">target: 500 units</text>')
# Base fee line (left axis).
points = " ".join(f"{x(b):.1f},{y_fee(f):.1f}" for b, f, _ in rows)
out.append(f'<polyline points="{points}" fill="none" stroke="#c0392b" stroke-width="2.5"/>')
# Axes.
out.append(f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="black"/>')
out.append(f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="black"/>')
out.append(f'<line x1="{W - R}" y1="{T}" x2="{W - R}" y2="{H - B}" stroke="black"/>')
for tick in range(0, int(fee_max) + 1):
    out.append(f'<text x="{L - 6}" y="{y_fee(tick) + 4:.1f}" text-anchor="end">{tick}×</text>')
for tick in range(0, 1001, 250):
    out.append(f'<text x="{W - R + 6}" y="{y_units(tick) + 4:.1f}">{tick}</text>')
for tick in range(x0 - x0 % 10 + 10, x1 + 1, 10):
    out.append(f'<text x="{x(tick):.1f}" y="{H - B + 16}" text-anchor="middle">{tick}</text>')
out.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">block</text>')
out.append(f'<text x="16" y="{T + (H - T - B) / 2}" transform="rotate(-90 16 {T + (H - T - B) / 2})" '
           f'text-anchor="middle" fill="#c0392b">base fee (× floor)</text>')
out.append(f'<text x="{W - 12}" y="{T + (H - T - B) / 2}" transform="rotate(90 {W - 12} {T + (H - T - B) / 2})" '
           f'text-anchor="middle" fill="#5a7bb0">units admitted (limit 1 000)</text>')
out.append('</svg>')
open(target, "w").write("\n".join(out) + "\n")
print(f"wrote {target} ({len(rows)} blocks)")
