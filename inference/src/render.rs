//! The generative work: a deterministic design rendered from a job's seed.
//!
//! The design is a domain-warped flow field: fractal value noise (four octaves) bends a field of
//! streamlines, coloured by a palette drawn from the seed. The same job (input commitment,
//! model, job id) always gives the same pixels, so anyone can re-render an output and check its
//! hash against the receipt on chain.
//!
//! Compute units are counted, not timed: one unit is 1 024 noise evaluations. The size of the
//! image is the largest of the standard sizes whose cost fits the job's `max_units`.

/// Noise evaluations in one compute unit.
pub const EVALUATIONS_PER_UNIT: u64 = 1024;
/// Octaves of noise per sample.
const OCTAVES: u32 = 4;
/// Noise samples per pixel: the warp (two) and the value (one).
const SAMPLES_PER_PIXEL: u64 = 3;
/// Image sides tried, largest first.
pub const SIDES: [u32; 6] = [512, 384, 256, 192, 128, 64];

/// A rendered design.
pub struct Design {
	/// Width and height in pixels.
	pub side: u32,
	/// RGB pixels, row by row.
	pub pixels: Vec<u8>,
	/// Compute units the render used.
	pub units: u64,
}

/// The units a render of `side × side` costs.
pub fn units_for(side: u32) -> u64 {
	let evaluations = u64::from(side) * u64::from(side) * SAMPLES_PER_PIXEL * u64::from(OCTAVES);
	evaluations.div_ceil(EVALUATIONS_PER_UNIT)
}

/// The fewest units a job may reserve: the smallest design's.
pub fn min_units() -> u64 {
	units_for(SIDES[SIDES.len() - 1])
}

/// The largest side whose render fits in `max_units`.
pub fn side_for(max_units: u64) -> Option<u32> {
	SIDES.into_iter().find(|side| units_for(*side) <= max_units)
}

/// A small, fast, seedable generator (SplitMix64).
struct SplitMix(u64);
impl SplitMix {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}
	fn unit(&mut self) -> f64 {
		(self.next() >> 11) as f64 / (1u64 << 53) as f64
	}
}

/// Lattice value noise over a seeded permutation.
struct Noise {
	perm: [u8; 512],
	values: [f64; 256],
	evaluations: u64,
}

impl Noise {
	fn new(rng: &mut SplitMix) -> Self {
		let mut table: Vec<u8> = (0..=255).collect();
		for i in (1..256).rev() {
			let j = (rng.next() % (i as u64 + 1)) as usize;
			table.swap(i, j);
		}
		let mut perm = [0u8; 512];
		for (i, slot) in perm.iter_mut().enumerate() {
			*slot = table[i % 256];
		}
		let mut values = [0f64; 256];
		for value in values.iter_mut() {
			*value = rng.unit() * 2.0 - 1.0;
		}
		Self { perm, values, evaluations: 0 }
	}

	fn lattice(&self, x: i64, y: i64) -> f64 {
		let xi = (x & 255) as usize;
		let yi = (y & 255) as usize;
		self.values[self.perm[self.perm[xi] as usize + yi] as usize]
	}

	fn value(&mut self, x: f64, y: f64) -> f64 {
		self.evaluations += 1;
		let (x0, y0) = (x.floor(), y.floor());
		let (fx, fy) = (x - x0, y - y0);
		let smooth = |t: f64| t * t * (3.0 - 2.0 * t);
		let (sx, sy) = (smooth(fx), smooth(fy));
		let (ix, iy) = (x0 as i64, y0 as i64);
		let top = self.lattice(ix, iy) * (1.0 - sx) + self.lattice(ix + 1, iy) * sx;
		let bottom = self.lattice(ix, iy + 1) * (1.0 - sx) + self.lattice(ix + 1, iy + 1) * sx;
		top * (1.0 - sy) + bottom * sy
	}

	fn fractal(&mut self, x: f64, y: f64) -> f64 {
		let (mut sum, mut amplitude, mut frequency) = (0.0, 0.5, 1.0);
		for _ in 0..OCTAVES {
			sum += amplitude * self.value(x * frequency, y * frequency);
			amplitude *= 0.5;
			frequency *= 2.0;
		}
		sum
	}
}

fn palette(rng: &mut SplitMix) -> [[f64; 3]; 4] {
	let mut colours = [[0.0; 3]; 4];
	for colour in colours.iter_mut() {
		for channel in colour.iter_mut() {
			*channel = 0.15 + 0.85 * rng.unit();
		}
	}
	colours
}

/// Renders the design seeded by `seed` at the largest size within `max_units`.
pub fn render(seed: [u8; 32], max_units: u64) -> Option<Design> {
	let side = side_for(max_units)?;
	let mut rng = SplitMix(u64::from_le_bytes(seed[..8].try_into().ok()?) ^ 0xA7E1_1E12);
	for chunk in seed[8..].chunks(8) {
		let mut word = [0u8; 8];
		word[..chunk.len()].copy_from_slice(chunk);
		rng.0 ^= rng.next() ^ u64::from_le_bytes(word);
	}
	let mut noise = Noise::new(&mut rng);
	let colours = palette(&mut rng);
	let scale = 3.0 + 5.0 * rng.unit();
	let warp = 1.0 + 3.0 * rng.unit();
	let bands = 6.0 + 18.0 * rng.unit();

	let mut pixels = Vec::with_capacity((side * side * 3) as usize);
	let inv = 1.0 / f64::from(side);
	for py in 0..side {
		for px in 0..side {
			let (x, y) = (f64::from(px) * inv * scale, f64::from(py) * inv * scale);
			let wx = noise.fractal(x + 5.2, y + 1.3);
			let wy = noise.fractal(x + 1.7, y + 9.2);
			let v = noise.fractal(x + warp * wx, y + warp * wy);
			let stripe = ((v * bands).sin() * 0.5 + 0.5).powf(1.5);
			let t = (v * 0.5 + 0.5).clamp(0.0, 1.0) * 3.0;
			let i = (t.floor() as usize).min(2);
			let f = t - i as f64;
			for (from, to) in colours[i].iter().zip(colours[i + 1].iter()) {
				let base = from * (1.0 - f) + to * f;
				let shade = base * (0.35 + 0.65 * stripe);
				pixels.push((shade.clamp(0.0, 1.0) * 255.0).round() as u8);
			}
		}
	}
	let units = noise.evaluations.div_ceil(EVALUATIONS_PER_UNIT);
	Some(Design { side, pixels, units })
}

/// Encodes RGB pixels as a PNG (deflate "stored" blocks: no compression library needed, and
/// the bytes, hence the hash, depend on the pixels alone).
pub fn png(side: u32, pixels: &[u8]) -> Vec<u8> {
	let mut raw = Vec::with_capacity(pixels.len() + side as usize);
	for row in pixels.chunks(side as usize * 3) {
		raw.push(0); // filter: none
		raw.extend_from_slice(row);
	}
	let mut zlib = vec![0x78, 0x01];
	let mut blocks = raw.chunks(65_535).peekable();
	while let Some(block) = blocks.next() {
		zlib.push(u8::from(blocks.peek().is_none()));
		let len = block.len() as u16;
		zlib.extend_from_slice(&len.to_le_bytes());
		zlib.extend_from_slice(&(!len).to_le_bytes());
		zlib.extend_from_slice(block);
	}
	zlib.extend_from_slice(&adler32(&raw).to_be_bytes());

	let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
	let mut header = Vec::new();
	header.extend_from_slice(&side.to_be_bytes());
	header.extend_from_slice(&side.to_be_bytes());
	header.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
	chunk(&mut out, b"IHDR", &header);
	chunk(&mut out, b"IDAT", &zlib);
	chunk(&mut out, b"IEND", &[]);
	out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
	out.extend_from_slice(&(data.len() as u32).to_be_bytes());
	let start = out.len();
	out.extend_from_slice(kind);
	out.extend_from_slice(data);
	let crc = crc32(&out[start..]);
	out.extend_from_slice(&crc.to_be_bytes());
}

fn crc32(bytes: &[u8]) -> u32 {
	let mut crc = 0xFFFF_FFFFu32;
	for byte in bytes {
		crc ^= u32::from(*byte);
		for _ in 0..8 {
			let mask = (crc & 1).wrapping_neg();
			crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
		}
	}
	!crc
}

fn adler32(bytes: &[u8]) -> u32 {
	let (mut a, mut b) = (1u32, 0u32);
	for byte in bytes {
		a = (a + u32::from(*byte)) % 65_521;
		b = (b + a) % 65_521;
	}
	(b << 16) | a
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_same_seed_renders_the_same_design() {
		let a = render([7; 32], 10_000).unwrap();
		let b = render([7; 32], 10_000).unwrap();
		assert_eq!(a.pixels, b.pixels);
		assert_ne!(a.pixels, render([8; 32], 10_000).unwrap().pixels);
	}

	#[test]
	fn units_are_counted_and_fit_the_budget() {
		for max in [48, 200, 1_000, 3_072, 100_000] {
			let design = render([1; 32], max).unwrap();
			assert!(design.units <= max, "{} > {max}", design.units);
			assert_eq!(design.units, units_for(design.side));
		}
		assert!(render([1; 32], units_for(64) - 1).is_none());
	}

	#[test]
	fn png_has_a_valid_structure() {
		let design = render([3; 32], 48).unwrap();
		let bytes = png(design.side, &design.pixels);
		assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
		assert_eq!(&bytes[12..16], b"IHDR");
		assert_eq!(crc32(b"IEND"), 0xAE42_6082);
		assert!(bytes.ends_with(&[0xAE, 0x42, 0x60, 0x82]));
	}
}
