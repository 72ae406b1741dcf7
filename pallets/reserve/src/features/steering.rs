//! Steering: each period's close moves the reserve's targets and its buy-back discount by rules
//! of the chain's metrics and the operators' price, a step at most per period and inside the
//! ranges governance sets ([`Config::Rules`]); the economic track freezes them or fixes them at
//! any time ([`Pallet::set_steering`]).
//!
//! The rules (`docs/pallets/reserve.md#steering`):
//!
//! - **Demand** (the period's against its average): growing beyond the band deepens liquidity
//!   (POL up a step), falling beyond it makes it shallower (POL down a step); inside the band
//!   POL returns a step towards the policy's own target.
//! - **The price**: volatile (the average moved by more than the swing over the period, or a
//!   fresh operators' price is further than that from it) holds more aUSD (stable up a step);
//!   calm returns it a step towards the policy's own.
//! - **Engagement and velocity**: both low (active accounts below their average beyond the band,
//!   velocity below the buy-back threshold) lowers the buy-back discount a step (to no less
//!   than the policy's floor), so buy-backs start at a smaller dip; otherwise it returns a step
//!   towards the policy's own.
//! - **The grants line** ([`features::grants`](crate::features::grants)): the reserve's aUSD
//!   below its runway floor lowers the grants share a step (the infrastructure budget comes
//!   first); otherwise active accounts below their average beyond the band raise it a step (to
//!   keep the models the community uses improving while it thins); otherwise it returns a step
//!   towards the policy's own. It stays inside [`Config::Grants`]' range.
//! - ATL is the rest. Each target is held in its range; if the rest would leave ATL's range,
//!   POL then aUSD give way (or take up the slack).

use crate::{
	features::metrics::gap, pallet::*, Allocation, Config, MetricAverages, PeriodActivity, Signal,
	Signals, Steered, SteeringInputs, SteeringMode, SteeringPolicy, SteeringReport,
};
use frame_support::{dispatch::DispatchResult, ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{Perbill, Permill, Saturating};

/// `current` a step towards `goal`, never past it.
fn toward(current: Permill, goal: Permill, step: Permill) -> Permill {
	if current < goal {
		current.saturating_add(step).min(goal)
	} else {
		current.saturating_sub(step).max(goal)
	}
}

/// `value` is above `average` by more than `band` of it (`Up`), below by more (`Down`), or
/// neither.
fn against(value: u128, average: u128, band: Permill) -> Signal {
	let margin = band.mul_floor(average);
	if value > average.saturating_add(margin) {
		Signal::Up
	} else if value < average.saturating_sub(margin) {
		Signal::Down
	} else {
		Signal::Neutral
	}
}

impl<T: Config> Pallet<T> {
	/// The policy's own targets and discount, which the rules start from and return towards.
	pub fn base() -> Steered {
		Steered {
			targets: T::Targets::get(),
			discount: T::BuyBack::get().discount,
			grants: T::Grants::get().share,
		}
	}

	/// The targets and discount in force.
	pub fn steered() -> Steered {
		SteeredNow::<T>::get().unwrap_or_else(Self::base)
	}

	/// What the rules read from `inputs`, with `averages` the averages before the period.
	pub fn signals(
		inputs: &SteeringInputs,
		averages: &MetricAverages,
		policy: &SteeringPolicy,
	) -> Signals {
		let volatile = inputs.drift > policy.swing
			|| inputs.external_gap.is_some_and(|gap| gap > policy.swing);
		let price = if volatile { Signal::Up } else { Signal::Neutral };
		if averages.periods == 0 {
			let grants = if inputs.below_floor { Signal::Down } else { Signal::Unknown };
			return Signals { demand: Signal::Unknown, price, slump: Signal::Unknown, grants };
		}
		let demand = against(inputs.paid_away, inputs.paid_away_average, policy.demand_band);
		// In thousandths, so that an average of a few accounts is not rounded away.
		let engagement = against(
			u128::from(inputs.engaged).saturating_mul(1_000),
			u128::from(inputs.engaged_average_milli),
			policy.engagement_band,
		);
		let slow = inputs.velocity < T::BuyBack::get().velocity_below;
		let slump = if engagement == Signal::Down && slow { Signal::Up } else { Signal::Neutral };
		let grants = if inputs.below_floor {
			Signal::Down
		} else if engagement == Signal::Down {
			Signal::Up
		} else {
			Signal::Neutral
		};
		Signals { demand, price, slump, grants }
	}

	/// `current` moved by `signals`, returning towards `base`, inside the policy's ranges.
	pub fn apply(
		current: Steered,
		base: Steered,
		signals: Signals,
		policy: &SteeringPolicy,
	) -> Steered {
		let step = policy.step;
		let was = current.targets;
		let pol = match signals.demand {
			Signal::Up => was.pol.saturating_add(step),
			Signal::Down => was.pol.saturating_sub(step),
			Signal::Neutral => toward(was.pol, base.targets.pol, step),
			Signal::Unknown => was.pol,
		};
		let stable = match signals.price {
			Signal::Up => was.stable.saturating_add(step),
			Signal::Down | Signal::Neutral => toward(was.stable, base.targets.stable, step),
			Signal::Unknown => was.stable,
		};
		let discount = match signals.slump {
			Signal::Up => current.discount.saturating_sub(step),
			Signal::Down | Signal::Neutral => toward(current.discount, base.discount, step),
			Signal::Unknown => current.discount,
		}
		.max(policy.min_discount)
		.min(base.discount);
		let grants = match signals.grants {
			Signal::Up => current.grants.saturating_add(step),
			Signal::Down => current.grants.saturating_sub(step),
			Signal::Neutral => toward(current.grants, base.grants, step),
			Signal::Unknown => current.grants,
		};
		let grants = T::Grants::get().range.clamp(grants);
		Steered { targets: Self::fit(stable, pol, policy), discount, grants }
	}

	/// The allocation of `stable` and `pol` held in their ranges, with ATL the rest held in
	/// its own: POL gives way first, then aUSD (or takes up the slack, aUSD first).
	pub fn fit(stable: Permill, pol: Permill, policy: &SteeringPolicy) -> Allocation {
		let one = Permill::one().deconstruct();
		let mut stable = policy.stable.clamp(stable).deconstruct();
		let mut pol = policy.pol.clamp(pol).deconstruct();
		let most = one.saturating_sub(policy.atl.min.deconstruct());
		let least = one.saturating_sub(policy.atl.max.deconstruct());
		let sum = stable.saturating_add(pol);
		if sum > most {
			let mut excess = sum.saturating_sub(most);
			let give = excess.min(pol.saturating_sub(policy.pol.min.deconstruct()));
			pol = pol.saturating_sub(give);
			excess = excess.saturating_sub(give);
			stable = stable
				.saturating_sub(excess.min(stable.saturating_sub(policy.stable.min.deconstruct())));
		} else if sum < least {
			let mut short = least.saturating_sub(sum);
			let take = short.min(policy.stable.max.deconstruct().saturating_sub(stable));
			stable = stable.saturating_add(take);
			short = short.saturating_sub(take);
			pol = pol.saturating_add(short.min(policy.pol.max.deconstruct().saturating_sub(pol)));
		}
		let atl = one.saturating_sub(stable).saturating_sub(pol);
		Allocation {
			stable: Permill::from_parts(stable),
			pol: Permill::from_parts(pol),
			atl: Permill::from_parts(atl),
		}
	}

	/// The operators' price's distance from the average, if fresh.
	pub(crate) fn external_gap(average: Option<crate::Price>) -> Option<Permill> {
		let external = T::ExternalPrice::get()?;
		Some(gap(external, average?))
	}

	/// Closes the period's metrics and moves the targets for the next period (by the rules,
	/// unless frozen or fixed); emits [`Event::Steered`] with what it read.
	pub(crate) fn steer(period: u32, now: BlockNumberFor<T>, velocity: Perbill) {
		let average = PriceState::<T>::get().map(|p| p.average);
		let (activity, averages): (PeriodActivity, MetricAverages) = Self::close_activity(average);
		let inputs = SteeringInputs {
			paid_away: activity.paid_away,
			paid_away_average: averages.paid_away,
			demand: activity.demand,
			engaged: activity.engaged,
			engaged_average_milli: averages.engaged_milli,
			velocity,
			drift: match (average, activity.price_mark) {
				(Some(now), Some(mark)) => gap(now, mark),
				_ => Permill::zero(),
			},
			external_gap: Self::external_gap(average),
			below_floor: Self::below_floor(),
		};
		// A count begun part-way through the period (after the upgrade that added it) reads
		// nothing.
		let averages = if activity.whole { averages } else { MetricAverages::default() };
		let policy = T::Rules::get();
		let signals = Self::signals(&inputs, &averages, &policy);
		let mode = Mode::<T>::get();
		let steered = match mode {
			SteeringMode::Rules => {
				let moved = Self::apply(Self::steered(), Self::base(), signals, &policy);
				SteeredNow::<T>::put(moved);
				moved
			},
			SteeringMode::Frozen => Self::steered(),
			SteeringMode::Fixed { targets, discount, grants } => {
				Steered { targets, discount, grants }
			},
		};
		let report = SteeringReport { period, at: now, inputs, signals, mode, steered };
		LastSteering::<T>::put(report);
		Self::deposit_event(Event::Steered { period, inputs, signals, mode, steered });
	}

	/// Sets who moves the targets; fixed targets take effect at once.
	pub(crate) fn do_set_steering(mode: SteeringMode) -> DispatchResult {
		if let SteeringMode::Fixed { targets, discount, grants } = mode {
			let total = [targets.stable, targets.pol, targets.atl]
				.iter()
				.fold(0u32, |sum, p| sum.saturating_add(p.deconstruct()));
			ensure!(total == Permill::one().deconstruct(), Error::<T>::TargetsNotWhole);
			ensure!(
				!discount.is_zero() && discount < T::Guard::get().band,
				Error::<T>::DiscountOutsideBand
			);
			ensure!(grants <= T::Grants::get().range.max, Error::<T>::GrantsOutsideRange);
			SteeredNow::<T>::put(Steered { targets, discount, grants });
		}
		if mode == SteeringMode::Rules {
			// The rules start inside their ranges: fixed targets come back into them at once.
			let unknown = Signals {
				demand: Signal::Unknown,
				price: Signal::Unknown,
				slump: Signal::Unknown,
				grants: Signal::Unknown,
			};
			let fitted = Self::apply(Self::steered(), Self::base(), unknown, &T::Rules::get());
			if SteeredNow::<T>::get().is_some() {
				SteeredNow::<T>::put(fitted);
			}
		}
		Mode::<T>::put(mode);
		Self::deposit_event(Event::SteeringSet { mode });
		Ok(())
	}

	/// The steering policy is consistent with itself and with the reserve's own targets and
	/// discount: a step of at most 10 points, each range around its target, the ranges able to
	/// add up to 100%, bands and swing above zero, a discount floor above zero and at most the
	/// discount, averages over 1 to 365 periods.
	pub fn check_rules() -> Result<(), &'static str> {
		Self::check_rules_with(&T::Rules::get(), &Self::base())
	}

	/// The whole policy as it now stands, with what is in force: the policy and the rules are
	/// consistent ([`Pallet::check_policy`], [`Pallet::check_rules`]), the discount in force is
	/// inside the guard's band, and under the rules the targets in force lie in their ranges and
	/// the discount at or above its floor. The runtime runs it after every change of a reserve
	/// parameter (a reset to a default included), and `try_state` runs it.
	pub fn check_in_force() -> Result<(), &'static str> {
		Self::check_policy()?;
		Self::check_rules()?;
		let grants = T::Grants::get();
		Self::check_grants_with(&grants)?;
		let steered = Self::steered();
		if steered.discount >= T::Guard::get().band {
			return Err("the buy-back discount in force must be inside the guard's band");
		}
		// Fixed or not, no share above the range's top (the bound on faked demand's gain).
		if steered.grants > grants.range.max {
			return Err("the grants share in force must be at most the grants range's top");
		}
		if Mode::<T>::get() == SteeringMode::Rules {
			let policy = T::Rules::get();
			let t = steered.targets;
			if !(policy.stable.contains(t.stable)
				&& policy.pol.contains(t.pol)
				&& policy.atl.contains(t.atl))
			{
				return Err("the targets in force must lie in the rules' ranges");
			}
			if steered.discount < policy.min_discount {
				return Err("the discount in force must be at or above the rules' floor");
			}
			if !grants.range.contains(steered.grants) {
				return Err("the grants share in force must lie in the grants range");
			}
		}
		Ok(())
	}

	/// [`Pallet::check_rules`] of `policy` around the policy's own targets and discount `base`
	/// (the runtime's parameter checks call it with a proposed value).
	pub fn check_rules_with(policy: &SteeringPolicy, base: &Steered) -> Result<(), &'static str> {
		if policy.step.is_zero() || policy.step > Permill::from_percent(10) {
			return Err("the steering step must be above zero and at most 10 points");
		}
		if !policy.stable.contains(base.targets.stable)
			|| !policy.pol.contains(base.targets.pol)
			|| !policy.atl.contains(base.targets.atl)
		{
			return Err("each steering range must contain the reserve's own target");
		}
		let sum = |f: fn(&crate::TargetRange) -> Permill| {
			[policy.stable, policy.pol, policy.atl]
				.iter()
				.fold(0u32, |s, r| s.saturating_add(f(r).deconstruct()))
		};
		let one = Permill::one().deconstruct();
		if sum(|r| r.min) > one || sum(|r| r.max) < one {
			return Err("the steering ranges must be able to add up to 100%");
		}
		if policy.demand_band.is_zero()
			|| policy.engagement_band.is_zero()
			|| policy.swing.is_zero()
		{
			return Err("the steering bands and swing must be above zero");
		}
		if policy.min_discount.is_zero() || policy.min_discount > base.discount {
			return Err("the discount floor must be above zero and at most the discount");
		}
		if policy.average_periods == 0 || policy.average_periods > 365 {
			return Err("the metrics' averages span 1 to 365 periods");
		}
		Ok(())
	}
}
