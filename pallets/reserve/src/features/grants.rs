//! The grants line: at each period's close the reserve pays model owners a share of their
//! models' quality-weighted demand paid away in the period, the charter's performance fee for
//! fine-tuning (`docs/pallets/reserve.md#grants`).
//!
//! - **Who earns.** The period's most demanded models ([`Config::MaxGrantModels`] of them, by
//!   demand paid away), each if [`Config::Quality`] says it earns: it may earn, its quality is
//!   fresh, and a fine-tune scores above its base model.
//! - **How much.** `share × paid_away × quality / 1 000 000` each, with `share` the grants
//!   share in force ([`crate::Steered::grants`], which the rules move inside
//!   [`Config::Grants`]' range, at most 50%). A model's grant is never more than `share` of
//!   what its demand paid away, so demand faked to earn a grant costs at least twice what it
//!   earns.
//! - **From what.** The period's ATL inflow: the line is scaled down to it if it is more, and
//!   pays nothing while the reserve's aUSD is below its runway floor (the infrastructure budget
//!   comes first). What it pays is not converted.
//!
//! Nothing walks models: each report of demand updates the model's record and, if it is among
//! the most demanded, the bounded list the close reads.

use crate::WeightInfo as _;
use crate::{pallet::*, Config, GrantsReport, ModelDemand};
use atelier_primitives::{
	models::ModelId, oracle::GrantQuality, purse::ProtocolReserve as _, Balance,
};
use frame_support::{
	traits::{fungible::Mutate, tokens::Preservation, Get},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{helpers_128bit::multiply_by_rational_with_rounding, Rounding};

/// Quality is in parts per million.
const QUALITY_ONE: u128 = 1_000_000;

impl<T: Config> Pallet<T> {
	/// Adds `paid_away` to `model`'s demand in `period` and keeps the period's most demanded
	/// models exact: a model outside the list never has more demand than the list's least.
	pub(crate) fn count_model_demand(model: &ModelId, period: u32, paid_away: Balance) -> Weight {
		let db = T::DbWeight::get();
		if paid_away == 0 {
			return Weight::zero();
		}
		let total = ModelDemands::<T>::mutate(model, |record| {
			if record.period != period {
				*record = ModelDemand { period, paid_away: 0 };
			}
			record.paid_away = record.paid_away.saturating_add(paid_away);
			record.paid_away
		});
		Leaders::<T>::mutate(|leaders| {
			if let Some(entry) = leaders.iter_mut().find(|(m, _)| m == model) {
				entry.1 = total;
			} else if leaders.try_push((*model, total)).is_err() {
				// Full: it takes the least's place if it now has more.
				let least = leaders
					.iter_mut()
					.min_by_key(|(_, demand)| *demand)
					.filter(|(_, demand)| *demand < total);
				if let Some(entry) = least {
					*entry = (*model, total);
				}
			}
		});
		db.reads_writes(2, 2)
	}

	/// Pays the period's grants line out of its ATL `inflow` and empties the list of the most
	/// demanded models. Returns what it paid and the weight it used (benchmarked with every
	/// model earning and paid).
	pub(crate) fn pay_grants(
		period: u32,
		now: BlockNumberFor<T>,
		inflow: Balance,
	) -> (Balance, Weight) {
		let leaders = Leaders::<T>::take();
		let share = Self::steered().grants;
		let below_floor = Self::below_floor();
		let listed = leaders.len() as u32;
		let weight = T::WeightInfo::pay_grants(listed)
			.saturating_add(T::Quality::max_weight().saturating_mul(u64::from(listed)));
		let mut earning = alloc::vec::Vec::new();
		let mut line: Balance = 0;
		if !below_floor && !share.is_zero() {
			for (model, paid_away) in leaders.iter() {
				let Some((owner, quality)) = T::Quality::grant(model) else { continue };
				let quality = u128::from(quality).min(QUALITY_ONE);
				let due = multiply_by_rational_with_rounding(
					share.mul_floor(*paid_away),
					quality,
					QUALITY_ONE,
					Rounding::Down,
				)
				.unwrap_or(0);
				if due > 0 {
					line = line.saturating_add(due);
					earning.push((*model, owner, quality, *paid_away, due));
				}
			}
		}
		// The line pays out of the period's inflow, never the reserve's holdings.
		let budget = line.min(inflow).min(Self::spendable_atl());
		let reserve = T::Purse::reserve();
		let (mut paid, mut models) = (0u128, 0u32);
		for (model, owner, quality, paid_away, due) in earning {
			let amount = if budget == line {
				due
			} else {
				multiply_by_rational_with_rounding(due, budget, line.max(1), Rounding::Down)
					.unwrap_or(0)
			};
			// An amount an account cannot receive (below the existential deposit for a new
			// account) stays in the reserve.
			if amount == 0
				|| T::Currency::transfer(&reserve, &owner, amount, Preservation::Preserve).is_err()
			{
				continue;
			}
			paid = paid.saturating_add(amount);
			models = models.saturating_add(1);
			Self::deposit_event(Event::GrantPaid {
				period,
				model,
				owner,
				quality: u32::try_from(quality).unwrap_or(u32::MAX),
				paid_away,
				amount,
			});
		}
		TotalGranted::<T>::mutate(|total| *total = total.saturating_add(paid));
		LastGrants::<T>::put(GrantsReport {
			period,
			at: now,
			share,
			line,
			paid,
			models,
			below_floor,
		});
		Self::deposit_event(Event::Granted { period, share, line, paid, models, below_floor });
		(paid, weight)
	}

	/// The reserve's aUSD is below its runway floor (some days of the budget).
	pub(crate) fn below_floor() -> bool {
		Self::spendable_stable() < Self::runway_floor()
	}

	/// The grants policy is consistent: its range lies at or under 50% and holds its share.
	pub fn check_grants_with(policy: &crate::GrantsPolicy) -> Result<(), &'static str> {
		if policy.range.min > policy.range.max {
			return Err("the grants range's least must be at most its most");
		}
		if policy.range.max > sp_runtime::Permill::from_percent(50) {
			return Err(
				"the grants share is at most 50%: a faked demand must cost twice its grant",
			);
		}
		if !policy.range.contains(policy.share) {
			return Err("the grants range must contain the grants share");
		}
		Ok(())
	}
}
