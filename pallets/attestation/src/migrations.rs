//! Storage migrations.

/// Version 0 to 1: one open challenge per target. Challenges carry the block they opened (their
/// deadline less today's challenge period) and their backers, and [`crate::OpenChallenge`]
/// names each target's open challenge. Where version 0 let several challenges stand against
/// one target, the latest keeps standing (its deadline is the latest) and the earlier ones'
/// challengers become its backers, their bonds still held; their attestors' exposure and the
/// target's freeze count the one challenge left. A challenger beyond the backers' bound gets
/// its bond back.
// `storage_alias` generates an undocumented type.
#[allow(missing_docs)]
pub mod v1 {
	use crate::{
		Attestors, BalanceOf, Challenge, ChallengeId, Config, Datasets, HoldReason, Models, Pallet,
		Severity, Target,
	};
	use alloc::{collections::btree_map::BTreeMap, vec::Vec};
	use codec::{Decode, Encode};
	use frame_support::traits::{fungible::MutateHold, tokens::Precision};
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		BoundedVec,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_core::H256;
	use sp_runtime::Saturating;

	/// A challenge as version 0 stored it.
	#[derive(Encode, Decode, Clone)]
	pub struct ChallengeV0<AccountId, Balance, BlockNumber, MaxAttestations: Get<u32>> {
		pub challenger: AccountId,
		pub target: Target,
		pub severity: Severity,
		pub evidence: H256,
		pub bond: Balance,
		pub deadline: BlockNumber,
		pub attestors: BoundedVec<AccountId, MaxAttestations>,
	}

	/// Open challenges as version 0 stored them (the same storage as [`crate::Challenges`]).
	#[storage_alias]
	pub type Challenges<T: Config> = StorageMap<
		Pallet<T>,
		Twox64Concat,
		ChallengeId,
		ChallengeV0<
			<T as frame_system::Config>::AccountId,
			BalanceOf<T>,
			BlockNumberFor<T>,
			<T as Config>::MaxAttestationsPerDataset,
		>,
	>;

	/// Rewrites every open challenge and fills [`crate::OpenChallenge`]; run through
	/// [`MigrateToV1`]. Open challenges are few (each holds a bond) and the whole map is read
	/// once.
	pub struct OneChallengePerTarget<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for OneChallengePerTarget<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut old: Vec<_> = Challenges::<T>::drain().collect();
			let count = old.len() as u64;
			let mut writes = count;
			// Latest first: the first of each target stands, the rest join it.
			old.sort_by_key(|entry| core::cmp::Reverse(entry.0));
			let period = T::ChallengePeriod::get();
			let mut standing: BTreeMap<Target, ChallengeId> = BTreeMap::new();
			for (id, c) in old {
				if let Some(lead) = standing.get(&c.target) {
					crate::Challenges::<T>::mutate(lead, |lead| {
						let Some(lead) = lead else { return };
						if lead.backers.try_push((c.challenger.clone(), c.bond)).is_err() {
							let _ = T::Currency::release(
								&HoldReason::ChallengeBond.into(),
								&c.challenger,
								c.bond,
								Precision::BestEffort,
							);
						}
					});
					for who in c.attestors.iter() {
						Attestors::<T>::mutate(who, |record| {
							if let Some(record) = record {
								record.exposure = record.exposure.saturating_sub(1);
							}
						});
					}
					writes = writes.saturating_add(c.attestors.len() as u64);
					continue;
				}
				standing.insert(c.target, id);
				crate::Challenges::<T>::insert(
					id,
					Challenge {
						challenger: c.challenger,
						target: c.target,
						severity: c.severity,
						evidence: c.evidence,
						bond: c.bond,
						opened: c.deadline.saturating_sub(period),
						deadline: c.deadline,
						attestors: c.attestors,
						backers: BoundedVec::new(),
					},
				);
			}
			for (target, id) in standing {
				crate::OpenChallenge::<T>::insert(target, id);
				match target {
					Target::Dataset(d) => Datasets::<T>::mutate(d, |r| r.freeze.open = 1),
					Target::Model(m) => Models::<T>::mutate(m, |r| r.freeze.open = 1),
				}
				writes = writes.saturating_add(2);
			}
			T::DbWeight::get().reads_writes(count.saturating_mul(2), writes)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		OneChallengePerTarget<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
