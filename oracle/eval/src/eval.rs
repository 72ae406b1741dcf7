//! Evaluating a model: the round's evaluation set, the inference contract's calls, and the
//! quality metric (`docs/oracle.md#the-quality-metric`).
//!
//! - **The evaluation set** of round `r` is drawn from its seed,
//!   `blake2_256(SCALE(("atelier/oracle/eval/v1", r, h)))` with `h` the hash of the block that
//!   opened the round: no one knows it before that block, after the last round's commitments
//!   closed. Prompt `i` is `blake2_256(SCALE(("atelier/oracle/prompt/v1", seed, i)))`, sent as
//!   the job's `input_commitment`, with job id `2^63 + r · 256 + i` (ids no real job reaches).
//! - **The metric** of one output is its colourfulness (Hasler and Süsstrunk, 2003) over the
//!   most colourful their scale names (109), capped at 1; a model's quality is the mean over the
//!   set, in parts per million. Every operator running the same service computes the same
//!   value: honest operators agree exactly, and the median is theirs.

use crate::http::{request, Url};
use codec::Encode;
use std::time::Duration;

/// Parts per million.
pub const PPM: u32 = 1_000_000;

/// Hasler and Süsstrunk's "extremely colourful": a score of one.
const MOST_COLOURFUL: f64 = 109.0;

/// The round's evaluation seed.
pub fn eval_seed(round: u32, opened_in: [u8; 32]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&("atelier/oracle/eval/v1", round, opened_in).encode())
}

/// Prompt `i` of the set drawn from `seed`.
pub fn prompt(seed: &[u8; 32], i: u32) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(&("atelier/oracle/prompt/v1", seed, i).encode())
}

/// The job id prompt `i` of round `round` is sent under.
pub fn job_id(round: u32, i: u32) -> u64 {
	(1u64 << 63) | (u64::from(round) << 8) | u64::from(i & 0xff)
}

/// An inference service, and how an evaluation uses it.
pub struct Evaluator {
	/// The service.
	pub service: Url,
	/// Its bearer token, if it wants one.
	pub token: Option<String>,
	/// Prompts a set.
	pub prompts: u32,
	/// The most compute units a prompt may use (768: a 256² design on the reference service).
	pub units: u64,
}

impl Evaluator {
	fn headers(&self) -> Vec<(&'static str, String)> {
		self.token.iter().map(|t| ("Authorization", format!("Bearer {t}"))).collect()
	}

	/// `model`'s quality, in parts per million, on round `round`'s set drawn from `seed`.
	pub fn quality(&self, model: u32, round: u32, seed: &[u8; 32]) -> Result<u32, String> {
		if self.prompts == 0 {
			return Err("an evaluation set needs a prompt".into());
		}
		let mut total = 0u64;
		for i in 0..self.prompts {
			let image = self.render(model, job_id(round, i), prompt(seed, i))?;
			total += u64::from(score(&image)?);
		}
		Ok(u32::try_from(total / u64::from(self.prompts)).unwrap_or(PPM))
	}

	/// The PNG the service renders for one prompt, checked against the hash it answers.
	fn render(&self, model: u32, job: u64, input: [u8; 32]) -> Result<Vec<u8>, String> {
		let body = serde_json::json!({
			"job": job,
			"model": model,
			"class": "Cpu",
			"input_commitment": format!("0x{}", hex(&input)),
			"max_units": self.units,
		});
		let headers = self.headers();
		let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
		let body = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
		let timeout = Duration::from_secs(60);
		let reply = request(&self.service, "POST", "/v1/jobs", &headers, Some(&body), timeout)?;
		if reply.status != 200 {
			return Err(format!(
				"the service answered {} to model {model}'s prompt: {}",
				reply.status,
				String::from_utf8_lossy(&reply.body)
			));
		}
		let answer: serde_json::Value = serde_json::from_slice(&reply.body)
			.map_err(|e| format!("the service's answer: {e}"))?;
		let hash = answer
			.get("output_hash")
			.and_then(|h| h.as_str())
			.ok_or("the service's answer has no output_hash")?
			.to_string();
		let path = format!("/v1/outputs/{hash}.png");
		let image = request(&self.service, "GET", &path, &headers, None, timeout)?;
		if image.status != 200 {
			return Err(format!("the service has no output {hash} ({})", image.status));
		}
		let digest = format!("0x{}", hex(&sp_crypto_hashing::blake2_256(&image.body)));
		if !digest.eq_ignore_ascii_case(&hash) {
			return Err(format!("the service's output {hash} does not hash to it ({digest})"));
		}
		Ok(image.body)
	}
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `0x`-hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex(bytes))
}

/// The bytes of `0x`-hex (or bare hex).
pub fn from_hex(text: &str) -> Result<Vec<u8>, String> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if !digits.len().is_multiple_of(2) {
		return Err(format!("odd hex {text}"));
	}
	(0..digits.len())
		.step_by(2)
		.map(|i| {
			digits
				.get(i..i + 2)
				.and_then(|d| u8::from_str_radix(d, 16).ok())
				.ok_or_else(|| format!("bad hex {text}"))
		})
		.collect()
}

/// One PNG's score in parts per million: its colourfulness over 109, capped at one.
pub fn score(png: &[u8]) -> Result<u32, String> {
	let pixels = decode_png(png)?;
	let m = colourfulness(&pixels);
	Ok(((m.min(MOST_COLOURFUL) / MOST_COLOURFUL) * f64::from(PPM)).round() as u32)
}

/// Hasler and Süsstrunk's colourfulness of RGB pixels: with `rg = R − G` and
/// `yb = (R + G) / 2 − B`, `sqrt(σ²_rg + σ²_yb) + 0.3 · sqrt(μ²_rg + μ²_yb)`.
pub fn colourfulness(pixels: &[[u8; 3]]) -> f64 {
	if pixels.is_empty() {
		return 0.0;
	}
	let n = pixels.len() as f64;
	let (mut sum_rg, mut sum_yb, mut sq_rg, mut sq_yb) = (0.0, 0.0, 0.0, 0.0);
	for [r, g, b] in pixels {
		let (r, g, b) = (f64::from(*r), f64::from(*g), f64::from(*b));
		let rg = r - g;
		let yb = (r + g) / 2.0 - b;
		sum_rg += rg;
		sum_yb += yb;
		sq_rg += rg * rg;
		sq_yb += yb * yb;
	}
	let (mean_rg, mean_yb) = (sum_rg / n, sum_yb / n);
	let var_rg = (sq_rg / n - mean_rg * mean_rg).max(0.0);
	let var_yb = (sq_yb / n - mean_yb * mean_yb).max(0.0);
	(var_rg + var_yb).sqrt() + 0.3 * (mean_rg * mean_rg + mean_yb * mean_yb).sqrt()
}

/// The pixels of an 8-bit RGB or RGBA PNG (any zlib compression, any filter), alpha dropped.
pub fn decode_png(png: &[u8]) -> Result<Vec<[u8; 3]>, String> {
	let rest = png.strip_prefix(b"\x89PNG\r\n\x1a\n").ok_or("not a PNG")?;
	let mut rest = rest;
	let (mut width, mut height, mut channels) = (0usize, 0usize, 0usize);
	let mut data = Vec::new();
	while rest.len() >= 12 {
		let length = u32::from_be_bytes(rest[..4].try_into().map_err(|_| "a chunk length")?);
		let length = length as usize;
		let kind = &rest[4..8];
		let body = rest.get(8..8 + length).ok_or("a chunk past the end of the file")?;
		match kind {
			b"IHDR" => {
				if body.len() < 13 {
					return Err("a short IHDR".into());
				}
				width = u32::from_be_bytes([body[0], body[1], body[2], body[3]]) as usize;
				height = u32::from_be_bytes([body[4], body[5], body[6], body[7]]) as usize;
				let (depth, colour, interlace) = (body[8], body[9], body[12]);
				channels = match (depth, colour, interlace) {
					(8, 2, 0) => 3,
					(8, 6, 0) => 4,
					_ => return Err(format!("an unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}")),
				};
			},
			b"IDAT" => data.extend_from_slice(body),
			b"IEND" => break,
			_ => {},
		}
		rest = rest.get(12 + length..).unwrap_or_default();
	}
	if channels == 0 || width == 0 || height == 0 {
		return Err("a PNG without its header".into());
	}
	let stride = width * channels;
	let expected = height.checked_mul(stride + 1).ok_or("a PNG too large")?;
	if expected > 64 * 1024 * 1024 {
		return Err(format!("a PNG of {width}×{height} is larger than an evaluation reads"));
	}
	let raw = inflate(&data, expected)?;
	let mut previous = vec![0u8; stride];
	let mut pixels = Vec::with_capacity(width * height);
	for row in raw.chunks(stride + 1).take(height) {
		let (filter, line) = row.split_first().ok_or("an empty row")?;
		let mut current = line.to_vec();
		for i in 0..stride {
			let a = if i >= channels { current[i - channels] } else { 0 };
			let b = previous[i];
			let c = if i >= channels { previous[i - channels] } else { 0 };
			let predicted = match filter {
				0 => 0,
				1 => a,
				2 => b,
				3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
				4 => paeth(a, b, c),
				other => return Err(format!("an unknown PNG filter {other}")),
			};
			current[i] = current[i].wrapping_add(predicted);
		}
		for pixel in current.chunks(channels) {
			pixels.push([pixel[0], pixel[1], pixel[2]]);
		}
		previous = current;
	}
	Ok(pixels)
}

/// A zlib stream's data, which must be exactly `expected` bytes.
fn inflate(data: &[u8], expected: usize) -> Result<Vec<u8>, String> {
	use miniz_oxide::inflate::{
		core::{decompress, inflate_flags, DecompressorOxide},
		TINFLStatus,
	};
	let mut raw = vec![0u8; expected];
	let mut decompressor = DecompressorOxide::new();
	let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
		| inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
	let (status, _, written) = decompress(&mut decompressor, data, &mut raw, 0, flags);
	if status != TINFLStatus::Done || written != expected {
		return Err(format!(
			"the PNG's data does not inflate to its {expected} bytes ({status:?}, {written})"
		));
	}
	Ok(raw)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
	let p = i16::from(a) + i16::from(b) - i16::from(c);
	let (pa, pb, pc) =
		((p - i16::from(a)).abs(), (p - i16::from(b)).abs(), (p - i16::from(c)).abs());
	if pa <= pb && pa <= pc {
		a
	} else if pb <= pc {
		b
	} else {
		c
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// An 8-bit RGB PNG of `side`² pixels from `pixel(x, y)`, with the Sub filter on every row.
	fn encode(side: usize, pixel: impl Fn(usize, usize) -> [u8; 3]) -> Vec<u8> {
		let mut raw = Vec::new();
		for y in 0..side {
			raw.push(1); // Sub
			let mut last = [0u8; 3];
			for x in 0..side {
				let p = pixel(x, y);
				for k in 0..3 {
					raw.push(p[k].wrapping_sub(last[k]));
				}
				last = p;
			}
		}
		let data = stored_zlib(&raw);
		let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
		let mut chunk = |kind: &[u8], body: &[u8]| {
			out.extend_from_slice(&(body.len() as u32).to_be_bytes());
			out.extend_from_slice(kind);
			out.extend_from_slice(body);
			out.extend_from_slice(&[0; 4]); // the CRC is not checked
		};
		let mut header = Vec::new();
		header.extend_from_slice(&(side as u32).to_be_bytes());
		header.extend_from_slice(&(side as u32).to_be_bytes());
		header.extend_from_slice(&[8, 2, 0, 0, 0]);
		chunk(b"IHDR", &header);
		chunk(b"IDAT", &data);
		chunk(b"IEND", &[]);
		out
	}

	/// `raw` as a zlib stream of stored (uncompressed) blocks, as the reference service writes.
	fn stored_zlib(raw: &[u8]) -> Vec<u8> {
		let mut out = vec![0x78, 0x01];
		let mut blocks = raw.chunks(65_535).peekable();
		while let Some(block) = blocks.next() {
			out.push(u8::from(blocks.peek().is_none()));
			let len = block.len() as u16;
			out.extend_from_slice(&len.to_le_bytes());
			out.extend_from_slice(&(!len).to_le_bytes());
			out.extend_from_slice(block);
		}
		let (mut a, mut b) = (1u32, 0u32);
		for byte in raw {
			a = (a + u32::from(*byte)) % 65_521;
			b = (b + a) % 65_521;
		}
		out.extend_from_slice(&((b << 16) | a).to_be_bytes());
		out
	}

	#[test]
	fn compressed_streams_inflate_exactly() {
		// `zlib.compress(bytes([0, 1, 2, 3, 4, 5] * 10), 9)` in Python.
		let compressed = [120, 218, 99, 96, 100, 98, 102, 97, 101, 32, 139, 4, 0, 17, 108, 0, 151];
		let raw: Vec<u8> = (0..60).map(|i| (i % 6) as u8).collect();
		assert_eq!(inflate(&compressed, 60).unwrap(), raw);
		assert!(inflate(&compressed, 59).is_err(), "more data than the image holds");
		assert!(inflate(&compressed, 61).is_err(), "less");
	}

	#[test]
	fn a_png_decodes_to_its_pixels() {
		let pixel = |x: usize, y: usize| [(x * 7) as u8, (y * 13) as u8, (x * y) as u8];
		let pixels = decode_png(&encode(9, pixel)).unwrap();
		assert_eq!(pixels.len(), 81);
		assert_eq!(pixels[9 * 4 + 5], pixel(5, 4));
		assert!(decode_png(b"not a png").is_err());
	}

	#[test]
	fn grey_scores_nothing_and_colour_scores_more() {
		let grey = encode(8, |x, _| [x as u8 * 20; 3]);
		assert_eq!(score(&grey).unwrap(), 0);
		let dull = encode(8, |x, y| [100 + (x + y) as u8, 100, 100]);
		let vivid = encode(8, |x, y| if (x + y) % 2 == 0 { [255, 0, 0] } else { [0, 0, 255] });
		let (dull, vivid) = (score(&dull).unwrap(), score(&vivid).unwrap());
		assert!(0 < dull && dull < vivid, "{dull} < {vivid}");
		assert_eq!(vivid, PPM, "capped at one");
	}

	#[test]
	fn hex_round_trips() {
		assert_eq!(from_hex(&to_hex(&[0, 1, 254, 255])).unwrap(), vec![0, 1, 254, 255]);
		assert!(from_hex("0xabc").is_err());
		assert!(from_hex("0xzz").is_err());
	}

	#[test]
	fn the_set_is_drawn_from_the_seed() {
		let seed = eval_seed(4, [1; 32]);
		assert_ne!(seed, eval_seed(4, [2; 32]), "another opening block, another set");
		assert_ne!(seed, eval_seed(5, [1; 32]));
		assert_ne!(prompt(&seed, 0), prompt(&seed, 1));
		assert_eq!(job_id(4, 1), (1 << 63) + 4 * 256 + 1);
	}
}
