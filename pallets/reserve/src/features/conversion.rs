//! The period's trades: converting the ATL inflow to aUSD and POL, and buying ATL back. Every
//! swap passes the price guard and is sized so that its price impact stays within half the
//! slippage it accepts.
//!
//! The reserve trades in `on_initialize`, before any transaction of the block, so no one can
//! trade between its sample and its swap: the only way to trade ahead of it is to move the price
//! in the block before, and to trade back after it (a sandwich). Two rules make that lose:
//!
//! - **Limit prices from the average.** A conversion asks at least its amount at the better (for
//!   the reserve) of the spot and the average, less the slippage; a buy-back pays at most the
//!   price the policy calls cheap, the average less the buy-back discount, whatever the spot.
//!   A price pushed in the block before therefore makes the pool refuse (`Slippage`); it never
//!   makes the reserve trade at the pushed price.
//! - **Buy-backs small against the pool's fee.** A sandwich earns the price its victim's own
//!   trade adds (about `2 r / S` of its size for `r` aUSD into a pool side of `S`) and pays the
//!   pool's fee twice (`2 f`): a buy-back puts in at most `f S / 2`, so the round trip around it
//!   loses at least `f` of its size (`docs/pallets/reserve.md` gives the arithmetic; the pallet
//!   and runtime tests play it).

use crate::{
	features::price::{atl_for, below_by, fraction, value, within_band},
	pallet::*,
	pool::Pool as _,
	BuyBackDestination, BuyBackReport, Config, Price, PriceRecord, SkipReason, Step,
};
use atelier_primitives::purse::ProtocolReserve as _;
use atelier_primitives::Balance;
use frame_support::traits::{
	fungible::Mutate,
	tokens::{Fortitude, Precision, Preservation},
	Get,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{FixedPointNumber, Perbill, Permill, Saturating};

/// The most of a pool's side one reserve swap puts in: half the slippage, so that the price
/// impact (about `amount / side`) and the pool's fee stay within it.
fn impact_bound(side: Balance, slippage: Permill) -> Balance {
	Permill::from_parts(slippage.deconstruct() / 2).mul_floor(side)
}

/// The most aUSD of a pool's `side` one buy-back puts in: half the pool's fee share of it. A
/// sandwich around a swap of `r` into a side of `S` earns about `2 r / S` of its size and pays
/// the fee `f` twice, so at `r <= f S / 2` it loses at least `f` of its size.
fn sandwich_bound(side: Balance, fee: Permill) -> Balance {
	Permill::from_parts(fee.deconstruct() / 2).mul_floor(side)
}

/// `amount` less `slippage`.
fn less(amount: Balance, slippage: Permill) -> Balance {
	amount.saturating_sub(slippage.mul_ceil(amount))
}

impl<T: Config> Pallet<T> {
	fn skip(
		period: u32,
		step: Step,
		reason: SkipReason,
		price: Option<PriceRecord<BlockNumberFor<T>>>,
		velocity: Perbill,
	) {
		Self::deposit_event(Event::StepSkipped {
			period,
			step,
			reason,
			spot: price.map(|p| p.spot),
			average: price.map(|p| p.average),
			velocity,
		});
	}

	/// The pool's price now and its reserves, if the pool has liquidity.
	fn live() -> Option<(Price, Balance, Balance)> {
		let (atl, stable) = T::Pool::reserves()?;
		Some((Price::checked_from_rational(stable, atl)?, atl, stable))
	}

	/// Adds up to `atl` ATL and the aUSD that matches it at the pool's ratio now, at most
	/// `max_stable` aUSD (less ATL if that binds). Returns the ATL and aUSD added and the LP
	/// tokens minted, or `None` if the pool refused (nothing changed).
	fn pool_atl(
		atl: Balance,
		max_stable: Balance,
		slippage: Permill,
	) -> Option<(Balance, Balance, Balance)> {
		let (price, _, _) = Self::live()?;
		let stable = value(atl, price).min(max_stable);
		let atl = atl.min(atl_for(stable, price));
		let (atl_before, stable_before) = (Self::spendable_atl(), Self::spendable_stable());
		let lp = T::Pool::add_liquidity(
			&T::Purse::reserve(),
			atl,
			stable,
			less(atl, slippage),
			less(stable, slippage),
		)
		.ok()?;
		Some((
			atl_before.saturating_sub(Self::spendable_atl()),
			stable_before.saturating_sub(Self::spendable_stable()),
			lp,
		))
	}

	/// Step 2: sells [`Config::ConversionShare`] of the period's ATL inflow, as far as aUSD and
	/// POL are short of their targets, for aUSD, and pools the POL part. Returns the inflow it
	/// carries to the next period: all of it when the market stopped the step
	/// ([`SkipReason::carries_inflow`]), none when it traded or the policy stopped it.
	pub(crate) fn convert(
		period: u32,
		inflow: Balance,
		price: Option<PriceRecord<BlockNumberFor<T>>>,
		velocity: Perbill,
	) -> Balance {
		let skip = |reason: SkipReason| {
			Self::skip(period, Step::Conversion, reason, price, velocity);
			if reason.carries_inflow() {
				inflow
			} else {
				0
			}
		};
		let (Some(record), Some((spot, pool_atl, _))) = (price, Self::live()) else {
			return skip(SkipReason::NoPool);
		};
		let guard = T::Guard::get();
		if inflow == 0 {
			return skip(SkipReason::NoInflow);
		}
		if !within_band(spot, record.average, guard.band) {
			return skip(SkipReason::Guard);
		}
		if below_by(record.spot, record.average, Self::steered().discount) {
			return skip(SkipReason::PriceLow);
		}
		let targets = Self::steered().targets;
		let (stable, pol, atl) = Self::holdings().values(record.average);
		let total = stable.saturating_add(pol).saturating_add(atl);
		let stable_gap = targets.stable.mul_floor(total).saturating_sub(stable);
		let pol_gap = targets.pol.mul_floor(total).saturating_sub(pol);
		let gap = stable_gap.saturating_add(pol_gap);
		if gap == 0 {
			return skip(SkipReason::AtTarget);
		}
		let amount = T::ConversionShare::get()
			.mul_floor(inflow)
			.min(atl_for(gap, record.average))
			.min(impact_bound(pool_atl, guard.max_slippage));
		let pol_atl = Perbill::from_rational(pol_gap, gap).mul_floor(amount) / 2;
		let sell = amount.saturating_sub(pol_atl);
		// Selling ATL: the higher of the two prices is the better one.
		let min_stable = less(value(sell, spot.max(record.average)), guard.max_slippage);
		if sell == 0 || min_stable == 0 {
			return skip(SkipReason::TooSmall);
		}
		let reserve = T::Purse::reserve();
		let Ok(received) = T::Pool::sell_atl(&reserve, sell, min_stable) else {
			return skip(SkipReason::Slippage);
		};
		let (pol_atl, pol_stable, lp) = match pol_atl {
			0 => (0, 0, 0),
			// The liquidity's aUSD comes out of what the sale received.
			_ => Self::pool_atl(pol_atl, received, guard.max_slippage).unwrap_or((0, 0, 0)),
		};
		RunningTotals::<T>::mutate(|t| {
			t.converted_atl = t.converted_atl.saturating_add(sell);
			t.lp_minted = t.lp_minted.saturating_add(lp);
		});
		Self::deposit_event(Event::Converted {
			period,
			atl_sold: sell,
			stable_received: received,
			pol_atl,
			pol_stable,
			lp_minted: lp,
			spot,
			average: record.average,
		});
		0
	}

	/// Step 3: buys ATL back with aUSD while velocity is low and the price is below its
	/// average by the discount, within the period's bound (its daily rate over the `elapsed`
	/// blocks), the pool's fee share of its aUSD side, and above the runway floor.
	pub(crate) fn buy_back(
		period: u32,
		now: BlockNumberFor<T>,
		elapsed: BlockNumberFor<T>,
		price: Option<PriceRecord<BlockNumberFor<T>>>,
		velocity: Perbill,
	) {
		let skip = |reason| Self::skip(period, Step::BuyBack, reason, price, velocity);
		let (Some(record), Some((spot, _, pool_stable))) = (price, Self::live()) else {
			return skip(SkipReason::NoPool);
		};
		let (policy, guard) = (T::BuyBack::get(), T::Guard::get());
		let discount = Self::steered().discount;
		if velocity >= policy.velocity_below {
			return skip(SkipReason::VelocityHigh);
		}
		if !below_by(record.spot, record.average, discount) {
			return skip(SkipReason::PriceNotLow);
		}
		if !within_band(spot, record.average, guard.band) {
			return skip(SkipReason::Guard);
		}
		let available = Self::spendable_stable().saturating_sub(Self::runway_floor());
		if available == 0 {
			return skip(SkipReason::Floor);
		}
		let budget = Self::for_blocks(policy.max_per_day, elapsed).min(available);
		// For POL, half buys ATL and half pairs with it.
		let swap_in = match policy.destination {
			BuyBackDestination::Burn => budget,
			BuyBackDestination::Pol => budget / 2,
		}
		.min(impact_bound(pool_stable, guard.max_slippage))
		.min(sandwich_bound(pool_stable, T::Pool::fee()));
		// Buying ATL: never above the price the policy calls cheap (the average less the
		// discount), whatever the spot was pushed to.
		let limit =
			record.average.saturating_sub(record.average.saturating_mul(fraction(discount)));
		let min_atl = atl_for(swap_in, limit);
		if swap_in == 0 || min_atl == 0 {
			return skip(SkipReason::TooSmall);
		}
		let reserve = T::Purse::reserve();
		let Ok(bought) = T::Pool::buy_atl(&reserve, swap_in, min_atl) else {
			return skip(SkipReason::Slippage);
		};
		let (mut spent, mut burned, mut pooled, mut lp) = (swap_in, 0, 0, 0);
		match policy.destination {
			BuyBackDestination::Burn => {
				burned = T::Currency::burn_from(
					&reserve,
					bought,
					Preservation::Preserve,
					Precision::BestEffort,
					Fortitude::Polite,
				)
				.unwrap_or(0);
			},
			BuyBackDestination::Pol => {
				// The other half of the budget pairs with what was bought, and no more.
				let pair = budget.saturating_sub(swap_in);
				if let Some((atl, stable, minted)) =
					Self::pool_atl(bought, pair, guard.max_slippage)
				{
					spent = spent.saturating_add(stable);
					pooled = atl;
					lp = minted;
				}
			},
		}
		RunningTotals::<T>::mutate(|t| {
			t.buyback_stable = t.buyback_stable.saturating_add(spent);
			t.bought_atl = t.bought_atl.saturating_add(bought);
			t.burned_atl = t.burned_atl.saturating_add(burned);
			t.pooled_atl = t.pooled_atl.saturating_add(pooled);
			t.lp_minted = t.lp_minted.saturating_add(lp);
		});
		LastBuyBack::<T>::put(BuyBackReport {
			period,
			at: now,
			stable_spent: spent,
			atl_bought: bought,
			destination: policy.destination,
		});
		Self::deposit_event(Event::BoughtBack {
			period,
			stable_spent: spent,
			atl_bought: bought,
			destination: policy.destination,
			lp_minted: lp,
			velocity,
			spot,
			average: record.average,
		});
	}
}
