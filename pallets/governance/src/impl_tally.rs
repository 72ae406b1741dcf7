//! [`VoteTally`] for [`Tally`]: what `pallet-referenda` asks of a tally.

use crate::{Config, Pallet, Points, Tally, VoteStake};
use frame_support::traits::{Get, VoteTally};
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// The electorate support is counted against: reputation's total weight, at least
	/// [`Config::MinElectorate`].
	pub fn electorate() -> Points {
		T::VoteStake::total_weight().max(T::MinElectorate::get())
	}
}

impl<T: Config, Class> VoteTally<Points, Class> for Tally<T> {
	fn new(_: Class) -> Self {
		Self::from_parts(0, 0)
	}

	fn ayes(&self, _: Class) -> Points {
		self.ayes
	}

	/// The ayes over the electorate. The electorate is at least `MinElectorate` (so the first
	/// point earned is not the whole vote) and at least the weight that voted, so that a lagging
	/// total (records not written since they decayed or matured) never reads above 100%.
	fn support(&self, _: Class) -> Perbill {
		let voted = self.ayes.saturating_add(self.nays);
		let electorate = Pallet::<T>::electorate().max(voted);
		if electorate == 0 {
			return Perbill::zero();
		}
		Perbill::from_rational(self.ayes, electorate)
	}

	fn approval(&self, _: Class) -> Perbill {
		let voted = self.ayes.saturating_add(self.nays);
		if voted == 0 {
			return Perbill::zero();
		}
		Perbill::from_rational(self.ayes, voted)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn unanimity(_: Class) -> Self {
		Self::from_parts(Pallet::<T>::electorate().max(1), 0)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn rejection(_: Class) -> Self {
		Self::from_parts(0, Pallet::<T>::electorate().max(1))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn from_requirements(support: Perbill, approval: Perbill, _: Class) -> Self {
		let electorate = Pallet::<T>::electorate().max(1_000_000);
		let ayes = support.mul_ceil(electorate);
		// ayes / (ayes + nays) = approval.
		let approval = u128::from(approval.deconstruct()).max(1);
		let nays = u128::from(ayes)
			.saturating_mul(1_000_000_000u128.saturating_sub(approval))
			.checked_div(approval)
			.unwrap_or(0);
		Self::from_parts(ayes, Points::try_from(nays).unwrap_or(Points::MAX))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn setup(_: Class, _: Perbill) {}
}
