//! The pallet's invariants, one function each; `try_state` runs them all, and the tests run
//! them after every test.

use crate::{features::soulbound::*, pallet::*};
use alloc::collections::BTreeSet;
use atelier_primitives::reputation::Points;
use frame_support::{
	ensure,
	traits::{
		fungible::InspectHold,
		tokens::nonfungibles_v2::{Inspect as NftInspect, InspectEnumerable},
	},
};
use sp_runtime::{
	traits::{UniqueSaturatedInto, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant; `try_state` and the tests call it.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_held_stake_is_recorded()?;
		Self::try_state_one_item_per_record()?;
		Self::try_state_attributes_match_scores()?;
		Self::try_state_total_score()?;
		Self::try_state_maturing()?;
		Self::try_state_seeds()?;
		Ok(())
	}

	/// Maturing creation is one entry per period, oldest first, none of them in a period after
	/// the record's and none worth nothing.
	fn try_state_maturing() -> Result<(), TryRuntimeError> {
		for (_, record) in Reputations::<T>::iter() {
			ensure!(
				record.maturing.windows(2).all(|w| matches!(w, [(a, _), (b, _)] if a < b)),
				"maturing entries out of order"
			);
			ensure!(
				record.maturing.iter().all(|(p, points)| *p <= record.period && *points > 0),
				"a maturing entry from the future, or empty"
			);
		}
		Ok(())
	}

	/// `TotalSeed` is the sum of the seeds, and the horizon at least twice it.
	fn try_state_seeds() -> Result<(), TryRuntimeError> {
		let sum = Seeds::<T>::iter_values().fold(0 as Points, |sum, s| sum.saturating_add(s));
		ensure!(TotalSeed::<T>::get() == sum, "the total seed differs from the seeds' sum");
		ensure!(
			SeedHorizon::<T>::get() >= sum.saturating_mul(2),
			"the seed horizon is below twice the seeds"
		);
		Ok(())
	}

	/// The stake held under `Stake` for each account is exactly its counted and unbonding stake;
	/// no unbonding chunk is empty; no vote lock exceeds the counted stake.
	fn try_state_held_stake_is_recorded() -> Result<(), TryRuntimeError> {
		for (who, record) in Reputations::<T>::iter() {
			let held = T::Currency::balance_on_hold(&HoldReason::Stake.into(), &who);
			ensure!(held == record.held(), "the stake held differs from the stake recorded");
			ensure!(
				record.unbonding.iter().all(|c| !c.amount.is_zero()),
				"an unbonding chunk is empty"
			);
			ensure!(record.locked() <= record.staked, "a vote locks more than the counted stake");
		}
		Ok(())
	}

	/// Every record has its own item, owned by its account and locked against transfer; the
	/// collection holds no other item; item ids lie below the next id.
	fn try_state_one_item_per_record() -> Result<(), TryRuntimeError> {
		let Some(collection) = ReputationCollection::<T>::get() else {
			ensure!(Reputations::<T>::iter_keys().next().is_none(), "records without a collection");
			return Ok(());
		};
		let mut items = BTreeSet::new();
		for (who, record) in Reputations::<T>::iter() {
			ensure!(items.insert(record.item), "two records share an item");
			ensure!(record.item < NextItem::<T>::get(), "an item id at or above the next id");
			ensure!(
				T::Nfts::owner(&collection, &record.item) == Some(who),
				"a record's item is missing or not its account's"
			);
			ensure!(
				!T::Nfts::can_transfer(&collection, &record.item),
				"an item can be transferred"
			);
		}
		let in_collection = T::Nfts::items(&collection).count();
		ensure!(in_collection == items.len(), "the collection holds an item without a record");
		Ok(())
	}

	/// Each item's attributes show its record's score, tier and the block they were written.
	fn try_state_attributes_match_scores() -> Result<(), TryRuntimeError> {
		let Some(collection) = ReputationCollection::<T>::get() else { return Ok(()) };
		for (_, record) in Reputations::<T>::iter() {
			let attribute =
				|key: &[u8]| T::Nfts::system_attribute(&collection, Some(&record.item), key);
			ensure!(
				attribute(SCORE_KEY) == Some(decimal(record.score)),
				"an item's score attribute differs from its record"
			);
			ensure!(
				attribute(TIER_KEY) == Some(decimal(u64::from(record.tier))),
				"an item's tier attribute differs from its record"
			);
			let updated: u64 = record.updated_at.unique_saturated_into();
			ensure!(
				attribute(UPDATED_KEY) == Some(decimal(updated)),
				"an item's update block differs from its record"
			);
		}
		Ok(())
	}

	/// `TotalScore` is the sum of the records' scores.
	fn try_state_total_score() -> Result<(), TryRuntimeError> {
		let sum = Reputations::<T>::iter_values()
			.fold(0 as Points, |sum, record| sum.saturating_add(record.score));
		ensure!(TotalScore::<T>::get() == sum, "the total score differs from the records' sum");
		Ok(())
	}
}
