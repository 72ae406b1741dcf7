//! Attacks across pallets (issue 25) that need no pallet of their own: parameters at the edge
//! of their range that would make self-dealt reputation free. Each test performs the attack on
//! the real runtime with its own parameters and fails if it works. The reserve's budget line
//! and period (`reserve.rs`), proxies (`proxy.rs`), governance's tracks (`governance.rs`) and
//! `dispatch_as` (`reputation.rs`) have theirs beside the pallets they use;
//! `docs/attacks.md` lists them all.

use crate::common::*;
use atelier_runtime::{
	configs::parameters::{dynamic_params, RuntimeParameters},
	Governance, RuntimeOrigin,
};
use frame_support::traits::Get;

fn set(key_value: RuntimeParameters) -> Result<(), DispatchError> {
	let economic: RuntimeOrigin = pallet_governance::Origin::EconomicParameters.into();
	Governance::set_parameter(economic, key_value)
}

fn out_of_range() -> Result<(), DispatchError> {
	Err(pallet_governance::Error::<Runtime>::ParameterOutOfRange.into())
}

fn inconsistent() -> Result<(), DispatchError> {
	Err(pallet_governance::Error::<Runtime>::ParametersInconsistent.into())
}

/// Attack 4: the economic track sets the values that make self-dealt points free: the whole
/// base fee to the worker (a job one serves for oneself costs nothing), no royalty to the
/// reserve (a sale to oneself costs nothing), a reputation rate with a denominator of one (a
/// point for a millionth of an ATL). Each is refused and nothing changes; the defaults pass.
#[test]
fn no_parameter_makes_self_dealt_reputation_free() {
	dev_ext().execute_with(|| {
		use dynamic_params::{compute, reputation, royalties};
		let split = |s| {
			RuntimeParameters::Compute(compute::Parameters::BaseFeeSplit(
				compute::BaseFeeSplit,
				Some(s),
			))
		};
		let mut all_to_worker = compute::BaseFeeSplit::get();
		all_to_worker.worker = Perbill::one();
		all_to_worker.licensing = Perbill::zero();
		all_to_worker.reserve = Perbill::zero();
		all_to_worker.burn = Perbill::zero();
		assert_eq!(set(split(all_to_worker)), out_of_range());
		// 85% to the worker, 15% to licensees and nothing leaves: refused too.
		let mut nothing_leaves = all_to_worker;
		nothing_leaves.worker = Perbill::from_percent(85);
		nothing_leaves.licensing = Perbill::from_percent(15);
		assert_eq!(set(split(nothing_leaves)), out_of_range());
		assert_eq!(set(split(compute::BaseFeeSplit::get())), Ok(()));

		let shares = |s| {
			RuntimeParameters::Royalties(royalties::Parameters::Shares(royalties::Shares, Some(s)))
		};
		let mut free_sales = royalties::Shares::get();
		free_sales.model = Perbill::zero();
		free_sales.parent = Perbill::zero();
		free_sales.reserve = Perbill::zero();
		assert_eq!(set(shares(free_sales)), out_of_range());
		assert_eq!(set(shares(royalties::Shares::get())), Ok(()));

		let rates = |r| {
			RuntimeParameters::Reputation(reputation::Parameters::Rates(reputation::Rates, Some(r)))
		};
		for cheapen in [
			|r: &mut pallet_reputation::CreationRates| r.sales.per = 1,
			|r: &mut pallet_reputation::CreationRates| r.licensing.per = 1,
			|r: &mut pallet_reputation::CreationRates| r.royalties.per = 1,
			|r: &mut pallet_reputation::CreationRates| r.compute.per = 1,
			|r: &mut pallet_reputation::CreationRates| r.attestations.points = 1_000,
		] {
			let mut r = reputation::Rates::get();
			cheapen(&mut r);
			assert_eq!(set(rates(r)), inconsistent());
		}
		// Dearer rates, and a kind turned off, pass.
		let mut dearer = reputation::Rates::get();
		dearer.sales.per *= 10;
		dearer.royalties.per = 0;
		assert_eq!(set(rates(dearer)), Ok(()));
		assert_eq!(reputation::Rates::get(), dearer);
	});
}
