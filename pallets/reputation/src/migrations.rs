//! Storage migrations.

/// Version 0 to 1: `TotalScore`, the electorate governance counts support against, starts as the
/// sum of the records' scores.
///
/// It reads every record once, in one block: Atelier's networks hold a few thousand records at
/// most when this runs (a record costs creation or stake), far below a block's weight. A chain
/// with millions would run it as a multi-block migration instead.
pub mod v1 {
	use crate::{Config, Pallet, Reputations, TotalScore};
	use atelier_primitives::reputation::Points;
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};

	/// Sums the records' scores into `TotalScore`; run through [`MigrateToV1`].
	pub struct InitTotalScore<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InitTotalScore<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut records: u64 = 0;
			let total = Reputations::<T>::iter_values().fold(0 as Points, |sum, record| {
				records = records.saturating_add(1);
				sum.saturating_add(record.score)
			});
			TotalScore::<T>::put(total);
			T::DbWeight::get().reads_writes(records, 1)
		}
	}

	/// [`InitTotalScore`] once, at storage version 0, leaving version 1.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		InitTotalScore<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 1 to 2: creation matures before it counts, and is priced by what left everyone's
/// control. Records gain their (empty) `maturing` entries, and the creation they held is
/// dropped: it was earned at the old, declared-price rates, at which self-dealing bought a point
/// for about 0.004 ATL, ten thousand times under the new price, and an attacker who saw the
/// upgrade coming could have bought any weight just before it. Stake, penalties, locks and items
/// stay; scores are rewritten and `TotalScore` summed again.
///
/// Like v1, it reads every record once, in one block (a few thousand records at most).
pub mod v2 {
	use crate::{
		types::{Earned, Maturing, Unbonding},
		Config, Pallet, PollIndex, RecordOf, Reputations, TotalScore,
	};
	use atelier_primitives::{
		reputation::{Points, Tier},
		ItemId,
	};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// A record as version 1 stored it: without `maturing`.
	#[derive(Encode, Decode)]
	pub struct OldRecord<Balance, BlockNumber, MaxUnbonding: Get<u32>, MaxVoteLocks: Get<u32>> {
		/// See `Record`.
		pub item: ItemId,
		/// See `Record`.
		pub staked: Balance,
		/// See `Record`.
		pub stake_since: BlockNumber,
		/// See `Record`.
		pub unbonding: BoundedVec<Unbonding<Balance, BlockNumber>, MaxUnbonding>,
		/// See `Record`.
		pub vote_locks: BoundedVec<(PollIndex, Balance), MaxVoteLocks>,
		/// See `Record`.
		pub creation: Points,
		/// See `Record`.
		pub penalties: Points,
		/// See `Record`.
		pub period: u32,
		/// See `Record`.
		pub earned: Earned,
		/// See `Record`.
		pub score: Points,
		/// See `Record`.
		pub tier: Tier,
		/// See `Record`.
		pub updated_at: BlockNumber,
	}

	type OldRecordOf<T> = OldRecord<
		crate::BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxUnbonding,
		<T as Config>::MaxVoteLocks,
	>;

	/// The record `old` becomes: its creation dropped, nothing maturing. Its score is not
	/// rewritten here (see [`RepriceCreation`]).
	pub fn migrate_record<T: Config>(old: OldRecordOf<T>) -> RecordOf<T> {
		RecordOf::<T> {
			item: old.item,
			staked: old.staked,
			stake_since: old.stake_since,
			unbonding: old.unbonding,
			vote_locks: old.vote_locks,
			creation: 0,
			penalties: old.penalties,
			period: old.period,
			earned: old.earned,
			score: old.score,
			tier: old.tier,
			updated_at: old.updated_at,
			maturing: Maturing::default(),
		}
	}

	/// Translates every record, then rewrites each one's score (and its item's attributes) and
	/// sums `TotalScore` again; run through [`MigrateToV2`].
	pub struct RepriceCreation<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for RepriceCreation<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut records: u64 = 0;
			Reputations::<T>::translate::<OldRecordOf<T>, _>(|_, old| {
				records = records.saturating_add(1);
				Some(migrate_record::<T>(old))
			});
			let now = frame_system::Pallet::<T>::block_number();
			let accounts: alloc::vec::Vec<_> = Reputations::<T>::iter_keys().collect();
			for who in accounts {
				if let Some(record) = Reputations::<T>::get(&who) {
					if let Err(error) = Pallet::<T>::store(&who, record, now, false) {
						log::warn!(
							target: crate::LOG_TARGET,
							"a migrated record was not rewritten: {error:?}"
						);
					}
				}
			}
			let total = Reputations::<T>::iter_values()
				.fold(0 as Points, |sum, record| sum.saturating_add(record.score));
			TotalScore::<T>::put(total);
			// Each record: read, translated, read, rewritten with its item's three attributes.
			T::DbWeight::get().reads_writes(
				records.saturating_mul(3),
				records.saturating_mul(5).saturating_add(1),
			)
		}
	}

	/// [`RepriceCreation`] once, at storage version 1, leaving version 2.
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		RepriceCreation<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
