//! Storage migrations.

/// Version 0 to 1: one open challenge per target. Challenges carry the block they opened (their
/// deadline less today's challenge period) and their backers, and [`crate::OpenChallenge`]
/// names each target's open challenge. Where version 0 let several challenges stand against
/// one target, the one with the latest deadline keeps standing and the others' challengers
/// become its backers, their bonds still held (an account's bonds add up); their attestors stay
/// exposed through it, and the target's freeze counts the one challenge and ends at its
/// deadline. A challenger beyond the backers' bound gets its bond back.
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
			// The latest deadline first (the latest id among equals): it stands, the rest join it.
			old.sort_by_key(|(id, c)| core::cmp::Reverse((c.deadline, *id)));
			let period = T::ChallengePeriod::get();
			let mut standing: BTreeMap<Target, ChallengeId> = BTreeMap::new();
			for (id, c) in old {
				let Some(lead_id) = standing.get(&c.target).copied() else {
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
					continue;
				};
				crate::Challenges::<T>::mutate(lead_id, |lead| {
					let Some(lead) = lead else { return };
					// One account's bonds add up; another account backs the standing one.
					if lead.challenger == c.challenger {
						lead.bond = lead.bond.saturating_add(c.bond);
					} else if let Some((_, bond)) =
						lead.backers.iter_mut().find(|(who, _)| *who == c.challenger)
					{
						*bond = bond.saturating_add(c.bond);
					} else if lead.backers.try_push((c.challenger.clone(), c.bond)).is_err() {
						let _ = T::Currency::release(
							&HoldReason::ChallengeBond.into(),
							&c.challenger,
							c.bond,
							Precision::BestEffort,
						);
					}
					// Its attestors stay exposed through the standing challenge (each counted
					// once now, where it was counted for each challenge).
					for who in c.attestors.iter() {
						let kept = lead.attestors.contains(who);
						if !kept && lead.attestors.try_push(who.clone()).is_ok() {
							continue;
						}
						Attestors::<T>::mutate(who, |record| {
							if let Some(record) = record {
								record.exposure = record.exposure.saturating_sub(1);
							}
						});
					}
				});
				writes = writes.saturating_add(c.attestors.len() as u64);
			}
			for (target, id) in standing {
				crate::OpenChallenge::<T>::insert(target, id);
				let until = crate::Challenges::<T>::get(id).map(|c| c.deadline);
				let set = |freeze: &mut crate::Freeze<BlockNumberFor<T>>| {
					freeze.open = 1;
					if let Some(until) = until {
						freeze.until = until;
					}
				};
				match target {
					Target::Dataset(d) => Datasets::<T>::mutate(d, |r| set(&mut r.freeze)),
					Target::Model(m) => Models::<T>::mutate(m, |r| set(&mut r.freeze)),
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
