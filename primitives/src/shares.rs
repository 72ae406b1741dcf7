//! Share arithmetic in parts per billion, shared by the pallets that flatten a lineage into a
//! bounded list of beneficiaries (a model's licensees, an output's royalty policy).
//!
//! All of it rounds down: what rounding leaves unassigned is for the caller to route (on Atelier,
//! to the treasury reserve), never to someone outside the lineage.

use alloc::{collections::BTreeMap, vec::Vec};
use sp_runtime::{traits::Get, BoundedVec, Perbill};

/// One whole, in parts per billion.
pub const BILLION: u64 = 1_000_000_000;

/// A share in parts per billion.
pub fn parts(share: Perbill) -> u64 {
	u64::from(share.deconstruct())
}

/// `a × b / c`, rounded down; zero when `c` is zero. The product is taken in 128 bits, so it
/// cannot overflow for 64-bit inputs; a quotient above `u64::MAX` saturates.
pub fn mul_div(a: u64, b: u64, c: u64) -> u64 {
	u128::from(a)
		.saturating_mul(u128::from(b))
		.checked_div(u128::from(c))
		.map_or(0, |q| u64::try_from(q).unwrap_or(u64::MAX))
}

/// Parts per billion owed to each account; the shares of one account add up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally<AccountId: Ord>(BTreeMap<AccountId, u64>);

impl<AccountId: Ord> Default for Tally<AccountId> {
	fn default() -> Self {
		Self(BTreeMap::new())
	}
}

impl<AccountId: Ord + Clone> Tally<AccountId> {
	/// An empty tally.
	pub fn new() -> Self {
		Self::default()
	}

	/// Adds `amount` parts to `who`; a zero amount adds no entry.
	pub fn add(&mut self, who: &AccountId, amount: u64) {
		if amount > 0 {
			let entry = self.0.entry(who.clone()).or_insert(0);
			*entry = entry.saturating_add(amount);
		}
	}

	/// The `Max` largest shares, largest first (ties by account), as `Perbill`s. The smaller
	/// shares beyond `Max` are left out; their parts stay unassigned.
	pub fn into_largest<Max: Get<u32>>(self) -> BoundedVec<(AccountId, Perbill), Max> {
		let mut shares: Vec<_> = self.0.into_iter().collect();
		shares.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| a.cmp(b)));
		shares.truncate(Max::get() as usize);
		BoundedVec::truncate_from(
			shares
				.into_iter()
				.map(|(who, p)| (who, Perbill::from_parts(u32::try_from(p).unwrap_or(u32::MAX))))
				.collect(),
		)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_runtime::traits::ConstU32;

	#[test]
	fn mul_div_rounds_down_and_never_divides_by_zero() {
		assert_eq!(mul_div(10, 1, 3), 3);
		assert_eq!(mul_div(u64::MAX, u64::MAX, u64::MAX), u64::MAX);
		assert_eq!(mul_div(u64::MAX, 2, 1), u64::MAX);
		assert_eq!(mul_div(7, 7, 0), 0);
	}

	#[test]
	fn tally_adds_per_account_and_keeps_the_largest() {
		let mut tally = Tally::<u8>::new();
		tally.add(&3, 10);
		tally.add(&1, 30);
		tally.add(&2, 30);
		tally.add(&3, 25);
		tally.add(&4, 0);
		let kept = tally.clone().into_largest::<ConstU32<2>>();
		assert_eq!(
			kept.into_inner(),
			vec![(3, Perbill::from_parts(35)), (1, Perbill::from_parts(30))]
		);
		assert_eq!(tally.into_largest::<ConstU32<8>>().len(), 3);
	}

	proptest::proptest! {
		/// The tally keeps the largest shares, largest first, each the sum of what was added
		/// for its account; every share left out is at most the smallest kept.
		#[test]
		fn the_tally_keeps_the_largest_sums(
			adds in proptest::collection::vec((0u8..20, 0u64..16_000_000), 0..60)
		) {
			use proptest::prelude::*;
			let mut tally = Tally::<u8>::new();
			let mut sums = BTreeMap::<u8, u64>::new();
			for (who, amount) in &adds {
				tally.add(who, *amount);
				if *amount > 0 {
					*sums.entry(*who).or_default() += amount;
				}
			}
			let kept = tally.into_largest::<ConstU32<8>>().into_inner();
			prop_assert_eq!(kept.len(), sums.len().min(8));
			for pair in kept.windows(2) {
				prop_assert!(pair[0].1 >= pair[1].1, "largest first");
			}
			for (who, share) in &kept {
				let sum = sums.remove(who).expect("a kept account was added");
				prop_assert_eq!(u64::from(share.deconstruct()), sum);
			}
			let smallest = kept.last().map(|(_, s)| u64::from(s.deconstruct())).unwrap_or(0);
			prop_assert!(sums.values().all(|left_out| *left_out <= smallest));
		}
	}
}
