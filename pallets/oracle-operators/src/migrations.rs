//! Storage migrations.

/// Version 0 to 1: the current round records the block it opened in ([`crate::Round::opened_at`]),
/// from which operators draw its evaluation set. A round of version 0 opened `commit_blocks`
/// before its commit window ends, under the parameters in force.
pub mod v1 {
	use crate::{Config, CurrentRound, Pallet, Round, RoundIndex};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::Saturating;

	/// A round as version 0 stored it.
	#[derive(Encode, Decode)]
	pub struct RoundV0<BlockNumber> {
		/// Its index.
		pub index: RoundIndex,
		/// The last block a commitment is accepted in.
		pub commit_ends: BlockNumber,
		/// The last block a reveal is accepted in.
		pub reveal_ends: BlockNumber,
	}

	/// Adds the opening block to the current round; run through [`MigrateToV1`].
	pub struct AddOpenedAt<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddOpenedAt<T> {
		fn on_runtime_upgrade() -> Weight {
			let commit_blocks = T::Params::get().commit_blocks;
			let _ = CurrentRound::<T>::translate::<RoundV0<BlockNumberFor<T>>, _>(|old| {
				old.map(|o| Round {
					index: o.index,
					commit_ends: o.commit_ends,
					reveal_ends: o.reveal_ends,
					opened_at: o.commit_ends.saturating_sub(commit_blocks),
				})
			});
			T::DbWeight::get().reads_writes(2, 1)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV1<T> =
		VersionedMigration<0, 1, AddOpenedAt<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
