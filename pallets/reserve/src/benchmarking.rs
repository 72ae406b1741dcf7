//! Benchmarks of the dispatchable and the hook at their bounds (frame-benchmarking v2).
//!
//! The hook's cost grows with the budget (`MaxBudgetLines` transfers); a period converts or buys
//! back (never both: conversion needs the sampled price above the buy-back discount, buy-back
//! below it), each a swap and, for POL, a liquidity addition. Both benchmarks pay a full budget
//! and take the costlier path of their step (conversion with a POL share; buy-back as the
//! runtime's destination says).

// Benchmark setup panics on purpose when the runtime cannot set up its worst case.
#![allow(
	clippy::arithmetic_side_effects,
	clippy::indexing_slicing,
	clippy::unwrap_used,
	clippy::expect_used
)]

use super::*;
use crate::Pallet as Reserve;
use atelier_primitives::purse::ProtocolReserve as _;
use atelier_primitives::Balance;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	EnsureOrigin, Get,
};
use frame_support::BoundedVec;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::One, FixedPointNumber, Saturating};

/// What the benchmarks need from the runtime.
pub trait BenchmarkHelper<T: Config> {
	/// Makes sure the ATL/aUSD pool exists with liquidity (the development genesis has it).
	fn ensure_pool();
	/// Makes the operators' price of ATL fresh, so that the close reads it
	/// ([`Config::ExternalPrice`]) at its costliest.
	fn fresh_external_price() {}
	/// A model that earns a grant ([`Config::Quality`]): it may earn, has a fresh quality, and
	/// its own owner (`i` tells them apart).
	fn earning_model(i: u32) -> atelier_primitives::models::ModelId {
		atelier_primitives::models::ModelId(1_000_000 + i)
	}
}

impl<T: Config> BenchmarkHelper<T> for () {
	fn ensure_pool() {}
}

/// A budget of `r` lines to fresh accounts, each paid 1 000 times the stablecoin's minimum.
fn budget<T: Config>(r: u32) -> Balance {
	let amount = T::Stable::minimum_balance().saturating_mul(1_000).max(1_000);
	for i in 0..r {
		let who: T::AccountId = account("recipient", i, 0);
		Reserve::<T>::do_set_budget_line(who, amount, Balance::MAX).expect("within the bound");
	}
	amount
}

/// The pool's reserves, after making sure it exists.
fn pool<T: Config>() -> (Balance, Balance) {
	T::BenchmarkHelper::ensure_pool();
	T::Pool::reserves().expect("the benchmarks need the ATL/aUSD pool with liquidity")
}

/// Funds the reserve: aUSD for the budget's floor and a period's spend on top, ATL as an
/// inflow of ten times the pool's ATL (so that both aUSD and POL are short of their targets).
fn fund<T: Config>() {
	let (atl, stable) = pool::<T>();
	let reserve = T::Purse::reserve();
	let floor = Reserve::<T>::runway_floor();
	let stable_now = T::Stable::balance(&reserve);
	T::Stable::set_balance(
		&reserve,
		stable_now
			.saturating_add(floor)
			.saturating_add(Reserve::<T>::for_blocks(
				T::BuyBack::get().max_per_day,
				T::Period::get(),
			))
			.saturating_add(
				Reserve::<T>::for_blocks(Reserve::<T>::budget_per_day(), T::Period::get())
					.saturating_mul(2),
			)
			.saturating_add(stable),
	);
	let atl_now = T::Currency::balance(&reserve);
	T::Currency::set_balance(&reserve, atl_now.saturating_add(atl.saturating_mul(10)));
}

/// Periods of history, so that the close reads every signal and the rules move the targets.
fn history<T: Config>() {
	Averages::<T>::put(MetricAverages {
		demand: 1_000,
		paid_away: 150,
		engaged_milli: 10_000,
		periods: 5,
	});
	Activity::<T>::mutate(|a| {
		a.demand = 2_000;
		a.paid_away = 300;
		a.engaged = 1;
		a.whole = true;
		a.price_mark = PriceState::<T>::get().map(|p| p.average);
	});
	T::BenchmarkHelper::fresh_external_price();
}

/// The price sampled twice at the spot (so the average is the spot), at a period's end.
fn at_period_end<T: Config>() -> BlockNumberFor<T> {
	let now = CurrentPeriod::<T>::get().started_at.saturating_add(T::Period::get());
	frame_system::Pallet::<T>::set_block_number(now);
	Reserve::<T>::sample_price(now);
	Reserve::<T>::sample_price(now);
	now
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A new line after `MaxBudgetLines - 1` others: the search walks them all.
	#[benchmark]
	fn set_budget_line() -> Result<(), BenchmarkError> {
		budget::<T>(T::MaxBudgetLines::get() - 1);
		let origin =
			T::BudgetOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("new", 0, 0);
		let amount = T::Stable::minimum_balance().max(1);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), amount);
		assert_eq!(Budget::<T>::get().len() as u32, T::MaxBudgetLines::get());
		Ok(())
	}

	/// Back to the rules from fixed targets: the targets fitted into the rules' ranges.
	#[benchmark]
	fn set_steering() -> Result<(), BenchmarkError> {
		let origin =
			T::SteeringOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let base = Reserve::<T>::base();
		Reserve::<T>::do_set_steering(SteeringMode::Fixed {
			targets: Allocation {
				stable: sp_runtime::Permill::one(),
				pol: Default::default(),
				atl: Default::default(),
			},
			discount: base.discount,
			grants: base.grants,
		})
		.expect("whole and inside the band");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, SteeringMode::Rules);
		assert_eq!(Mode::<T>::get(), SteeringMode::Rules);
		assert!(T::Rules::get().stable.contains(Reserve::<T>::steered().targets.stable));
		Ok(())
	}

	/// Every block: the pool's reserves read and the average moved.
	#[benchmark]
	fn on_initialize_sample() {
		pool::<T>();
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		Reserve::<T>::sample_price(now);
		#[block]
		{
			Reserve::<T>::sample_price(now);
		}
		assert!(PriceState::<T>::get().is_some());
	}

	/// A period that pays `r` budget lines, then converts an ATL inflow to aUSD and POL.
	#[benchmark]
	fn on_period_convert(r: Linear<0, { T::MaxBudgetLines::get() }>) {
		budget::<T>(r);
		fund::<T>();
		let now = at_period_end::<T>();
		history::<T>();
		#[block]
		{
			Reserve::<T>::run_period(now);
		}
		let totals = RunningTotals::<T>::get();
		assert!(totals.converted_atl > 0, "the period converted");
		assert!(totals.budget_paid > 0 || r == 0, "the period paid the budget");
	}

	/// A period that pays `r` budget lines, then buys back: the price sampled below its
	/// average by the discount and a half, inside the guard's band, and no volume.
	#[benchmark]
	fn on_period_buyback(r: Linear<0, { T::MaxBudgetLines::get() }>) {
		budget::<T>(r);
		fund::<T>();
		let now = at_period_end::<T>();
		history::<T>();
		let (guard, policy) = (T::Guard::get(), T::BuyBack::get());
		let above =
			(u128::from(guard.band.deconstruct()) + u128::from(policy.discount.deconstruct())) / 2;
		PriceState::<T>::mutate(|p| {
			let p = p.as_mut().expect("sampled");
			p.average = p
				.spot
				.saturating_mul(Price::saturating_from_rational(1_000_000 + above, 1_000_000u128));
		});
		#[block]
		{
			Reserve::<T>::run_period(now);
		}
		assert!(RunningTotals::<T>::get().bought_atl > 0, "the period bought back");
	}

	/// The grants line of a period whose `n` most demanded models all earn, each paid its
	/// own owner out of an inflow that covers the line.
	#[benchmark]
	fn pay_grants(n: Linear<0, { T::MaxGrantModels::get() }>) {
		fund::<T>();
		let now = at_period_end::<T>();
		let paid_away = T::Currency::minimum_balance().saturating_mul(1_000).max(1_000_000);
		let leaders: alloc::vec::Vec<_> =
			(0..n).map(|i| (T::BenchmarkHelper::earning_model(i), paid_away)).collect();
		Leaders::<T>::put(BoundedVec::truncate_from(leaders));
		let inflow = Reserve::<T>::spendable_atl();
		#[block]
		{
			Reserve::<T>::pay_grants(0, now, inflow);
		}
		let report = LastGrants::<T>::get().expect("the line closed");
		assert_eq!(report.models, n, "every model earned and was paid");
	}

	impl_benchmark_test_suite!(
		Reserve,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
