//! The reserve's status, for the runtime API behind `reserve_status`.

use crate::{pallet::*, Config, MetricsStatus, Status};
use atelier_primitives::models::ModelStyles as _;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{Perbill, Saturating};

impl<T: Config> Pallet<T> {
	/// Holdings, POL share, allocation against targets, runway, velocity so far this period (a
	/// rate a day at the period's length),
	/// prices, and the last budget payment and buy-back.
	pub fn status() -> Status<BlockNumberFor<T>> {
		let holdings = Self::holdings();
		let price = PriceState::<T>::get();
		let targets = Self::steered().targets;
		let allocation = match price {
			Some(p) => holdings.allocation(p.average),
			None => holdings.allocation(Default::default()),
		};
		let per_day = Self::budget_per_day();
		let runway_days = holdings
			.stable
			.checked_div(per_day)
			.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
		let period = CurrentPeriod::<T>::get();
		let circulating = Self::circulating();
		Status {
			atl: holdings.atl,
			stable: holdings.stable,
			lp: holdings.lp,
			lp_supply: holdings.lp_supply,
			pol_atl: holdings.pol_atl,
			pol_stable: holdings.pol_stable,
			pol_share: if holdings.lp_supply == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(holdings.lp, holdings.lp_supply)
			},
			allocation,
			targets,
			budget_per_day: per_day,
			arrears: Budget::<T>::get().iter().fold(0, |sum, l| sum.saturating_add(l.arrears)),
			runway_days,
			floor: Self::runway_floor(),
			next_period_at: period.started_at.saturating_add(T::Period::get()),
			velocity: Self::velocity(period.volume, T::Period::get(), circulating),
			circulating,
			period,
			price,
			last_budget: LastBudget::<T>::get(),
			last_buyback: LastBuyBack::<T>::get(),
			totals: RunningTotals::<T>::get(),
		}
	}

	/// The chain's metrics so far this period, each style's demand rolled to it, the
	/// operators' price and the steering, for the runtime API behind `oracle_metrics`.
	pub fn metrics_status() -> MetricsStatus<BlockNumberFor<T>> {
		let period = CurrentPeriod::<T>::get();
		let styles = T::Styles::registry()
			.into_iter()
			.map(|(style, _)| (style, Self::rolled(StyleDemands::<T>::get(style), period.index)))
			.collect();
		MetricsStatus {
			period: period.index,
			next_period_at: period.started_at.saturating_add(T::Period::get()),
			activity: Activity::<T>::get(),
			velocity: Self::velocity(period.volume, T::Period::get(), Self::circulating()),
			averages: Averages::<T>::get(),
			styles,
			external_price: T::ExternalPrice::get(),
			mode: Mode::<T>::get(),
			steered: Self::steered(),
			base: Self::base(),
			last: LastSteering::<T>::get(),
			leaders: Leaders::<T>::get().into_inner(),
			last_grants: LastGrants::<T>::get(),
			total_granted: TotalGranted::<T>::get(),
		}
	}
}
