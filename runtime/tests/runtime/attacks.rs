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

/// Attack (found in review of issue 25): with aUSD counted one for one, points paid for in aUSD
/// would cost less than 20 ATL of value while ATL trades above one aUSD. A payment in aUSD is
/// worth at most the ATL it buys at the reserve's average price.
#[test]
fn a_point_paid_in_ausd_costs_what_it_would_in_atl() {
	dev_ext().execute_with(|| {
		use atelier_runtime::configs::reputation::CreationValue;
		use sp_runtime::{traits::Convert, FixedPointNumber, FixedU128};
		let stable = Some(stablecoin::ASSET_ID);
		// At genesis the pool prices ATL at one aUSD: 100 aUSD are 100 ATL.
		assert_eq!(CreationValue::convert((stable, 100 * stablecoin::DOLLAR)), 100 * UNIT);
		// ATL at 5 aUSD on average: 100 aUSD buy 20 ATL, and count as 20.
		pallet_reserve::PriceState::<Runtime>::mutate(|p| {
			let p = p.as_mut().expect("sampled at block 1");
			// aUSD's smallest units per ATL's: 5 × 10^6 / 10^12.
			p.average = FixedU128::saturating_from_rational(5u128, 1_000_000u128);
		});
		assert_eq!(CreationValue::convert((stable, 100 * stablecoin::DOLLAR)), 20 * UNIT);
		// ATL under one aUSD: the nominal value binds (no more than one ATL an aUSD).
		pallet_reserve::PriceState::<Runtime>::mutate(|p| {
			p.as_mut().expect("sampled").average =
				FixedU128::saturating_from_rational(1u128, 10_000_000u128);
		});
		assert_eq!(CreationValue::convert((stable, 100 * stablecoin::DOLLAR)), 100 * UNIT);
		// ATL is ATL.
		assert_eq!(CreationValue::convert((None, 7 * UNIT)), 7 * UNIT);
	});
}
