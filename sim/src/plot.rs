//! SVG line charts with no dependency, in the style of `docs/figures`: one panel per metric,
//! two panels a row, each with its own axis, a legend and the day on the horizontal axis.

use std::fmt::Write;

const COLOURS: [&str; 5] = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];
const PANEL_W: f64 = 420.0;
const PANEL_H: f64 = 200.0;
const MARGIN_L: f64 = 64.0;
const MARGIN_T: f64 = 34.0;
const MARGIN_B: f64 = 30.0;
const GAP: f64 = 24.0;

/// A panel: a title and its series (label, values by day).
pub struct Panel<'a> {
	pub title: &'a str,
	pub series: Vec<(&'a str, Vec<f64>)>,
}

fn nice(value: f64) -> String {
	let a = value.abs();
	if a >= 1e6 {
		format!("{:.1}M", value / 1e6)
	} else if a >= 1e4 {
		format!("{:.0}k", value / 1e3)
	} else if a >= 100.0 || value == value.trunc() {
		format!("{value:.0}")
	} else if a >= 1.0 {
		format!("{value:.1}")
	} else {
		format!("{value:.3}")
	}
}

/// The panels, two a row, under a title, as one SVG document; `days` are the horizontal axis's
/// values (`x_label` names them).
pub fn svg(title: &str, x_label: &str, days: &[f64], panels: &[Panel]) -> String {
	let rows = panels.len().div_ceil(2);
	let width = 2.0 * (MARGIN_L + PANEL_W) + GAP + 20.0;
	let height = 40.0 + rows as f64 * (MARGIN_T + PANEL_H + MARGIN_B + GAP);
	let mut out = String::new();
	let _ = write!(
		out,
		r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
	);
	let _ = write!(out, r#"<rect width="100%" height="100%" fill="white"/>"#);
	let _ = write!(out, r#"<text x="12" y="24" font-size="15" font-weight="bold">{title}</text>"#);
	let (x_lo, x_hi) = (
		days.iter().cloned().fold(f64::INFINITY, f64::min),
		days.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
	);
	let x_span = if x_hi > x_lo { x_hi - x_lo } else { 1.0 };
	for (i, panel) in panels.iter().enumerate() {
		let ox = (i % 2) as f64 * (MARGIN_L + PANEL_W + GAP) + MARGIN_L;
		let oy = 40.0 + (i / 2) as f64 * (MARGIN_T + PANEL_H + MARGIN_B + GAP) + MARGIN_T;
		let finite = panel
			.series
			.iter()
			.flat_map(|(_, v)| v.iter().cloned())
			.filter(|v| v.is_finite());
		let (mut lo, mut hi) =
			finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
		if !lo.is_finite() {
			(lo, hi) = (0.0, 1.0);
		}
		if lo > 0.0 && lo < hi * 0.5 {
			lo = 0.0;
		}
		if hi <= lo {
			hi = lo + 1.0;
		}
		let pad = (hi - lo) * 0.05;
		let (lo, hi) = (lo - if lo == 0.0 { 0.0 } else { pad }, hi + pad);
		let sx = |x: f64| ox + (x - x_lo) / x_span * PANEL_W;
		let sy = |y: f64| oy + PANEL_H - (y - lo) / (hi - lo) * PANEL_H;
		let _ = write!(
			out,
			r##"<text x="{ox}" y="{}" font-weight="bold">{}</text><rect x="{ox}" y="{oy}" width="{PANEL_W}" height="{PANEL_H}" fill="none" stroke="#999"/>"##,
			oy - 8.0,
			panel.title
		);
		for k in 0..=4 {
			let y = lo + (hi - lo) * k as f64 / 4.0;
			let _ = write!(
				out,
				r##"<line x1="{ox}" x2="{}" y1="{py}" y2="{py}" stroke="#eee"/><text x="{}" y="{}" text-anchor="end">{}</text>"##,
				ox + PANEL_W,
				ox - 4.0,
				sy(y) + 4.0,
				nice(y),
				py = sy(y)
			);
		}
		for k in 0..=5 {
			let x = x_lo + x_span * k as f64 / 5.0;
			let _ = write!(
				out,
				r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
				sx(x),
				oy + PANEL_H + 14.0,
				nice(x)
			);
		}
		let _ = write!(
			out,
			r#"<text x="{}" y="{}" text-anchor="middle">{x_label}</text>"#,
			ox + PANEL_W / 2.0,
			oy + PANEL_H + 27.0
		);
		for (j, (label, values)) in panel.series.iter().enumerate() {
			let colour = COLOURS[j % COLOURS.len()];
			let points: Vec<String> = days
				.iter()
				.zip(values)
				.filter(|(_, v)| v.is_finite())
				.map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(*y)))
				.collect();
			let _ = write!(
				out,
				r#"<polyline fill="none" stroke="{colour}" stroke-width="1.6" points="{}"/>"#,
				points.join(" ")
			);
			let lx = ox + 8.0 + j as f64 * (PANEL_W / panel.series.len().max(1) as f64);
			let _ = write!(
				out,
				r#"<rect x="{lx}" y="{}" width="10" height="3" fill="{colour}"/><text x="{}" y="{}">{label}</text>"#,
				oy + 10.0,
				lx + 14.0,
				oy + 14.0
			);
		}
	}
	out.push_str("</svg>\n");
	out
}
