//! The period: its bookkeeping (inflow, volume, velocity), its order of steps, and what the
//! reserve holds.

use crate::{
	features::price::value, pallet::*, pool::Pool as _, Allocation, Config, PeriodRecord, Price,
};
use atelier_primitives::purse::ProtocolReserve as _;
use atelier_primitives::Balance;
use frame_support::traits::{
	fungible::Inspect,
	tokens::{Fortitude, Preservation},
	Get,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::UniqueSaturatedInto, Perbill,
	Permill, Rounding, Saturating,
};

/// What the reserve holds, and its share of the pool.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Holdings {
	/// Spendable ATL.
	pub atl: Balance,
	/// Spendable aUSD.
	pub stable: Balance,
	/// LP tokens.
	pub lp: Balance,
	/// The pool's LP tokens.
	pub lp_supply: Balance,
	/// The ATL side of its liquidity.
	pub pol_atl: Balance,
	/// The aUSD side of its liquidity.
	pub pol_stable: Balance,
}

impl Holdings {
	/// The value (in aUSD at `price`) of its aUSD, its liquidity and its ATL.
	pub fn values(&self, price: Price) -> (Balance, Balance, Balance) {
		let pol = self.pol_stable.saturating_add(value(self.pol_atl, price));
		(self.stable, pol, value(self.atl, price))
	}

	/// The shares of its value (at `price`) in aUSD, POL and ATL.
	pub fn allocation(&self, price: Price) -> Allocation {
		let (stable, pol, atl) = self.values(price);
		let total = stable.saturating_add(pol).saturating_add(atl).max(1);
		Allocation {
			stable: Permill::from_rational(stable, total),
			pol: Permill::from_rational(pol, total),
			atl: Permill::from_rational(atl, total),
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The current period has run its length at block `now`.
	pub(crate) fn period_due(now: BlockNumberFor<T>) -> bool {
		now >= CurrentPeriod::<T>::get().started_at.saturating_add(T::Period::get())
	}

	/// The reserve's ATL that it may spend (it keeps the account alive).
	pub(crate) fn spendable_atl() -> Balance {
		T::Currency::reducible_balance(
			&T::Purse::reserve(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// What the reserve holds now.
	pub fn holdings() -> Holdings {
		let reserve = T::Purse::reserve();
		let (lp, lp_supply) = T::Pool::shares(&reserve);
		let (pool_atl, pool_stable) = T::Pool::reserves().unwrap_or((0, 0));
		// The reserve's part of each side, rounded down (exact in 128 bits).
		let share = |side: Balance| {
			multiply_by_rational_with_rounding(side, lp, lp_supply, Rounding::Down).unwrap_or(0)
		};
		Holdings {
			atl: Self::spendable_atl(),
			stable: Self::spendable_stable(),
			lp,
			lp_supply,
			pol_atl: share(pool_atl),
			pol_stable: share(pool_stable),
		}
	}

	/// The supply velocity divides by: total issuance less the reserve's ATL (its balance and
	/// its side of the pool), which does not circulate.
	pub fn circulating() -> Balance {
		let reserve = T::Purse::reserve();
		T::Currency::total_issuance()
			.saturating_sub(T::Currency::total_balance(&reserve))
			.saturating_sub(Self::holdings().pol_atl)
	}

	/// `volume` over `blocks`, as a rate a day, over `circulating` supply: a shorter period
	/// measures the same velocity, not a smaller one.
	pub fn velocity(volume: Balance, blocks: BlockNumberFor<T>, circulating: Balance) -> Perbill {
		let blocks: u128 = blocks.unique_saturated_into();
		let day: u128 = T::BlocksPerDay::get().unique_saturated_into();
		let per_day =
			multiply_by_rational_with_rounding(volume, day, blocks.max(1), Rounding::Down)
				.unwrap_or(Balance::MAX);
		Perbill::from_rational(per_day, circulating.max(1))
	}

	/// Starts the first period at genesis and records the POL genesis minted.
	pub(crate) fn start_genesis() {
		let (lp, _) = T::Pool::shares(&T::Purse::reserve());
		RunningTotals::<T>::mutate(|t| t.lp_minted = t.lp_minted.saturating_add(lp));
		CurrentPeriod::<T>::put(PeriodRecord {
			index: 0,
			started_at: frame_system::Pallet::<T>::block_number(),
			atl_mark: Self::spendable_atl(),
			volume: 0,
		});
		// The first period's count is whole: it begins with the chain.
		Activity::<T>::put(crate::PeriodActivity { whole: true, ..Default::default() });
	}

	/// Ends the current period at `now`: the budget first, then the grants line (out of the
	/// period's ATL inflow), then conversion of the rest, then buy-back, then the steering;
	/// then the next period begins. Returns the grants line's weight.
	pub(crate) fn run_period(now: BlockNumberFor<T>) -> frame_support::weights::Weight {
		let period = CurrentPeriod::<T>::get();
		let elapsed = now.saturating_sub(period.started_at);
		let inflow = Self::spendable_atl().saturating_sub(period.atl_mark);
		let circulating = Self::circulating();
		let velocity = Self::velocity(period.volume, elapsed, circulating);
		Self::deposit_event(Event::PeriodClosed {
			index: period.index,
			inflow,
			volume: period.volume,
			circulating,
			velocity,
		});
		Self::pay_budget(period.index, now, elapsed);
		let (granted, weight) = Self::pay_grants(period.index, now, inflow);
		let price = PriceState::<T>::get();
		let carried = Self::convert(period.index, inflow.saturating_sub(granted), price, velocity);
		Self::buy_back(period.index, now, elapsed, price, velocity);
		Self::steer(period.index, now, velocity);
		CurrentPeriod::<T>::put(PeriodRecord {
			index: period.index.saturating_add(1),
			started_at: now,
			// An inflow the market kept from converting counts again next period.
			atl_mark: Self::spendable_atl().saturating_sub(carried),
			volume: 0,
		});
		weight
	}

	/// The policy's parameters are consistent: the targets add up to 100%, the average spans a
	/// block at least, the buy-back discount is inside the guard's band (else no buy-back
	/// could pass the guard), a swap accepts some slippage, and a period lasts a block.
	pub fn check_policy() -> Result<(), &'static str> {
		let targets = T::Targets::get();
		let total = [targets.stable, targets.pol, targets.atl]
			.iter()
			.fold(0u32, |sum, p| sum.saturating_add(p.deconstruct()));
		if total != Permill::one().deconstruct() {
			return Err("the reserve's targets must add up to 100%");
		}
		let guard = T::Guard::get();
		if guard.average_blocks == 0 || guard.band.is_zero() || guard.max_slippage.is_zero() {
			return Err("the price guard needs an average, a band and a slippage");
		}
		if T::BuyBack::get().discount >= guard.band {
			return Err("the buy-back discount must be inside the guard's band");
		}
		if T::Period::get() == 0u32.into() {
			return Err("a period lasts a block at least");
		}
		Ok(())
	}
}
