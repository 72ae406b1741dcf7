//! A small, seedable random number generator (SplitMix64): runs are reproducible from their
//! seed on any machine, with no dependency whose stream could change between versions.

/// SplitMix64 (Steele, Lea and Flood, 2014).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
	pub fn new(seed: u64) -> Self {
		Self(seed ^ 0x5DEE_CE66_D1CE_4E5B)
	}

	/// An independent stream for `label` (an agent, a call index), from this one's seed.
	pub fn fork(&self, label: u64) -> Self {
		let mut rng = Self(self.0 ^ label.wrapping_mul(0x9E37_79B9_7F4A_7C15));
		rng.next_u64();
		rng
	}

	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// Uniform in `0..n` (`0` when `n` is 0).
	pub fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			return 0;
		}
		((self.next_u64() as u128 * n as u128) >> 64) as u64
	}

	/// Uniform in `lo..=hi`.
	pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
		lo + self.below(hi.saturating_sub(lo).saturating_add(1))
	}

	/// Uniform in `[0, 1)`.
	pub fn unit(&mut self) -> f64 {
		(self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
	}

	/// True with probability `p`.
	pub fn chance(&mut self, p: f64) -> bool {
		self.unit() < p
	}

	/// A standard normal draw (Box-Muller).
	pub fn normal(&mut self) -> f64 {
		let u = self.unit().max(f64::MIN_POSITIVE);
		let v = self.unit();
		(-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos()
	}

	/// A Poisson draw with mean `lambda` (Knuth's method below 30, a rounded normal above).
	pub fn poisson(&mut self, lambda: f64) -> u64 {
		if lambda <= 0.0 {
			return 0;
		}
		if lambda > 30.0 {
			return (lambda + lambda.sqrt() * self.normal()).round().max(0.0) as u64;
		}
		let limit = (-lambda).exp();
		let mut k = 0;
		let mut p = self.unit();
		while p > limit {
			k += 1;
			p *= self.unit();
		}
		k
	}

	/// An element of `items`, or `None` if there is none.
	pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
		items.get(self.below(items.len() as u64) as usize)
	}

	/// An amount spread over orders of magnitude: `unit × 10^k × m`, k in `0..=decades`, m in
	/// 1..=9, and now and then an edge (0, 1, the existential deposit's neighbourhood, huge).
	pub fn amount(&mut self, unit: u128, decades: u32) -> u128 {
		match self.below(20) {
			0 => 0,
			1 => 1,
			2 => unit.saturating_sub(1),
			3 => u128::MAX / (1 + self.below(4) as u128),
			_ => {
				let k = self.below(decades as u64 + 1) as u32;
				unit.saturating_mul(10u128.saturating_pow(k))
					.saturating_mul(self.range(1, 9) as u128)
			},
		}
	}
}
