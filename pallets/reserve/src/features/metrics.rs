//! The chain's own metrics: what it knows without an oracle. Per period, demand (compute units
//! and base fees of settled jobs, on-chain sales) in total and per style, what of it was paid
//! away (to the reserve, less the checkers' share, and the burn), and engagement (the distinct
//! accounts that requested compute, bought, sold, voted or staked). Each is counted as it is
//! reported, at a bounded cost per report, and nothing walks accounts or styles: an account's
//! last active period and a style's record are rolled forward when they are next touched.
//!
//! Demand is in ATL: a sale in aUSD counts at the average price. A model's demand is split
//! evenly over its styles (the first takes the remainder), so a model tagged with more styles
//! adds no more demand to them in all.

use crate::{
	features::price::atl_for, pallet::*, Config, MetricAverages, PeriodActivity, Price, StyleDemand,
};
use atelier_primitives::{
	models::{ModelId, ModelStyles as _},
	AssetId, Balance,
};
use frame_support::{traits::Get, weights::Weight};
use sp_runtime::{
	traits::{CheckedDiv, Zero},
	FixedPointNumber, Perbill, Permill, Saturating,
};

/// The weight of an average's step: `2 / (periods + 1)`.
pub fn alpha(periods: u32) -> Perbill {
	Perbill::from_rational(2u32, periods.saturating_add(1).max(2))
}

/// `average` moved towards `value` by `alpha` of the gap.
pub fn ema(average: Balance, value: Balance, alpha: Perbill) -> Balance {
	if value >= average {
		average.saturating_add(alpha.mul_floor(value.saturating_sub(average)))
	} else {
		average.saturating_sub(alpha.mul_ceil(average.saturating_sub(value)))
	}
}

/// How far `now` is from `mark`, as a share of `mark` (saturating at 100%).
pub fn gap(now: Price, mark: Price) -> Permill {
	if mark.is_zero() {
		return Permill::zero();
	}
	let diff = if now >= mark { now.saturating_sub(mark) } else { mark.saturating_sub(now) };
	let ratio = diff.checked_div(&mark).unwrap_or_default();
	Permill::from_parts(ratio.saturating_mul_int(1_000_000u32).min(1_000_000))
}

impl<T: Config> Pallet<T> {
	/// `record` as it stands in `period`: the periods since its own are folded into its
	/// average, the last with its demand and the rest with none.
	pub fn rolled(record: StyleDemand, period: u32) -> StyleDemand {
		if record.period >= period {
			return record;
		}
		let alpha = alpha(T::Rules::get().average_periods);
		let average = ema(record.average, record.demand, alpha);
		let idle = period.saturating_sub(record.period).saturating_sub(1);
		let keep = Perbill::one().saturating_sub(alpha).saturating_pow(idle as usize);
		StyleDemand { period, units: 0, demand: 0, average: keep.mul_floor(average) }
	}

	/// Counts `units`, `demand` and `paid_away` for `model`: in the period's total and, demand
	/// and units, over its styles.
	pub(crate) fn count_demand(
		model: &ModelId,
		units: u64,
		demand: Balance,
		paid_away: Balance,
	) -> Weight {
		let db = T::DbWeight::get();
		Activity::<T>::mutate(|a| {
			a.units = a.units.saturating_add(units);
			a.demand = a.demand.saturating_add(demand);
			a.paid_away = a.paid_away.saturating_add(paid_away);
		});
		let period = CurrentPeriod::<T>::get().index;
		let styles = T::Styles::styles(model);
		let mut weight = db.reads_writes(3, 1);
		weight = weight.saturating_add(Self::count_model_demand(model, period, paid_away));
		let Some(n) = u64::try_from(styles.len()).ok().filter(|n| *n > 0) else {
			return weight;
		};
		// The averages' span, then each style's record.
		weight = weight.saturating_add(db.reads(1));
		let (units_each, demand_each) =
			(units.checked_div(n).unwrap_or(0), demand.checked_div(u128::from(n)).unwrap_or(0));
		// The first style takes what the even split leaves.
		let (units_rest, demand_rest) = (
			units.saturating_sub(units_each.saturating_mul(n)),
			demand.saturating_sub(demand_each.saturating_mul(u128::from(n))),
		);
		for (i, style) in styles.iter().enumerate() {
			let (u, d) = if i == 0 {
				(units_each.saturating_add(units_rest), demand_each.saturating_add(demand_rest))
			} else {
				(units_each, demand_each)
			};
			StyleDemands::<T>::mutate(style, |record| {
				let mut rolled = Self::rolled(*record, period);
				rolled.units = rolled.units.saturating_add(u);
				rolled.demand = rolled.demand.saturating_add(d);
				*record = rolled;
			});
			weight = weight.saturating_add(db.reads_writes(1, 1));
		}
		weight
	}

	/// An amount of a sale's asset in ATL: an aUSD amount at the higher of the average and the
	/// spot price, so that it counts for no more ATL than it buys (a stale or pushed-down
	/// average would otherwise let an aUSD sale earn a grant in ATL worth more than it cost);
	/// nothing before the pool has a price.
	pub(crate) fn in_atl(asset: Option<AssetId>, amount: Balance) -> Balance {
		match asset {
			None => amount,
			Some(_) => PriceState::<T>::get()
				.map(|p| atl_for(amount, p.average.max(p.spot)))
				.unwrap_or(0),
		}
	}

	/// Counts `who` once in the current period.
	pub(crate) fn count_engaged(who: &T::AccountId) -> Weight {
		let period = CurrentPeriod::<T>::get().index;
		let db = T::DbWeight::get();
		if Engaged::<T>::get(who) == Some(period) {
			return db.reads(2);
		}
		Engaged::<T>::insert(who, period);
		Activity::<T>::mutate(|a| a.engaged = a.engaged.saturating_add(1));
		db.reads_writes(3, 2)
	}

	/// Active accounts so far this period.
	pub fn engaged_now() -> u32 {
		Activity::<T>::get().engaged
	}

	/// Ends the period's count: returns what it counted and the averages before it, folds a
	/// whole period's count into the averages, and starts the next count at the average price
	/// `mark`.
	pub(crate) fn close_activity(mark: Option<Price>) -> (PeriodActivity, MetricAverages) {
		let activity = Activity::<T>::take();
		let engaged_milli = u64::from(activity.engaged).saturating_mul(1_000);
		let before = Averages::<T>::get();
		let alpha = alpha(T::Rules::get().average_periods);
		let after = if !activity.whole {
			// Counted from part-way through the period: it would read as a slump, or as
			// growth next period.
			before
		} else if before.periods == 0 {
			MetricAverages {
				demand: activity.demand,
				paid_away: activity.paid_away,
				engaged_milli,
				periods: 1,
			}
		} else {
			MetricAverages {
				demand: ema(before.demand, activity.demand, alpha),
				paid_away: ema(before.paid_away, activity.paid_away, alpha),
				engaged_milli: u64::try_from(ema(
					u128::from(before.engaged_milli),
					u128::from(engaged_milli),
					alpha,
				))
				.unwrap_or(u64::MAX),
				periods: before.periods.saturating_add(1),
			}
		};
		Averages::<T>::put(after);
		Activity::<T>::put(PeriodActivity { price_mark: mark, whole: true, ..Default::default() });
		(activity, before)
	}
}
