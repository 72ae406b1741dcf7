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

/// Issue 29: a worker that lies on a fraction `f` of its jobs (answers noise, is paid as if it
/// ran the model). At the chain's own spot-check parameters, the expected gain of its lies is
/// negative for every `f`, whether its pay is mostly base fee or all tip; the draw selects jobs
/// at the rate it states; and no parameter the economic track may set makes lying pay.
#[test]
fn a_lie_costs_more_than_it_pays_at_every_fraction() {
	use pallet_compute_market::JobId;
	dev_ext().execute_with(|| {
		let checks = dynamic_params::compute::SpotChecks::get();
		// The least rate a worker gets (one with a tier, no failure, a small share).
		let p = checks.rate;
		let charge: Balance = 1_000 * UNIT;
		let slash = atelier_runtime::ComputeMarket::check_slash(charge);
		assert_eq!(slash, charge * Balance::from(checks.slash_factor));
		let jobs: i128 = 1_000;
		for pay in [atelier_runtime::ComputeMarket::check_fee(charge), charge] {
			let (pay, slash) = (pay as i128, slash as i128);
			// Per lie: paid if not drawn; drawn, the pay is held and the slash taken.
			let p_parts = i128::from(p.deconstruct());
			let billion = 1_000_000_000i128;
			let per_lie = ((billion - p_parts) * pay - p_parts * (pay + slash)) / billion;
			assert!(per_lie < 0, "a lie paid {pay} gains {per_lie} in expectation");
			for f in 1..=100i128 {
				let lies = jobs * f / 100;
				assert!(lies * per_lie < 0, "lying on {f}% of jobs pays");
			}
		}

		// The draw selects at its rate: 20 000 jobs, within three standard deviations.
		let seed = sp_core::H256::repeat_byte(29);
		let n = 20_000u64;
		let drawn = (0..n)
			.filter(|job| atelier_runtime::ComputeMarket::selected(&seed, JobId(*job), p))
			.count() as f64;
		let expected = n as f64 * f64::from(p.deconstruct()) / 1e9;
		let sigma = (expected * (1.0 - expected / n as f64)).sqrt();
		assert!((drawn - expected).abs() <= 3.0 * sigma, "{drawn} drawn, {expected} expected");

		// The economic track cannot set a rate and a slash under which lying pays, nor a zero
		// rate, nor a verification share beyond the reserve's.
		let spot = |c: atelier_runtime::configs::parameters::SpotChecks| {
			RuntimeParameters::Compute(dynamic_params::compute::Parameters::SpotChecks(
				dynamic_params::compute::SpotChecks,
				Some(c),
			))
		};
		let mut cheap = checks;
		cheap.rate = Perbill::from_percent(1);
		cheap.slash_factor = 50;
		assert_eq!(set(spot(cheap)), inconsistent());
		let mut never = checks;
		never.rate = Perbill::zero();
		assert_eq!(set(spot(never)), out_of_range());
		let mut greedy = checks;
		greedy.share = Perbill::from_percent(10);
		assert_eq!(set(spot(greedy)), out_of_range());
		assert_eq!(set(spot(checks)), Ok(()));
	});
}
