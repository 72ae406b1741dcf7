//! Storage migrations.

/// Version 0 to 1: the grants line. What the reserve steers gains the grants share
/// ([`crate::Steered::grants`], and [`crate::SteeringMode::Fixed`] with it), and the last
/// steering report, of the old shape, is dropped (the next close writes it again).
pub mod v1 {
	use crate::{
		Allocation, Config, LastSteering, Mode, Pallet, Steered, SteeredNow, SteeringMode,
	};
	use codec::{Decode, Encode};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use sp_runtime::Permill;

	/// What version 0 steered.
	#[derive(Encode, Decode)]
	pub struct SteeredV0 {
		/// The targets.
		pub targets: Allocation,
		/// The buy-back discount.
		pub discount: Permill,
	}

	/// Who moved the targets in version 0.
	#[derive(Encode, Decode)]
	pub enum SteeringModeV0 {
		/// The rules.
		Rules,
		/// Nobody.
		Frozen,
		/// Governance's values.
		Fixed {
			/// The targets.
			targets: Allocation,
			/// The buy-back discount.
			discount: Permill,
		},
	}

	/// Adds the grants share (the policy's own); run through
	/// [`MigrateToV1`], which checks the storage version.
	pub struct AddGrants<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddGrants<T> {
		fn on_runtime_upgrade() -> Weight {
			let grants = T::Grants::get().share;
			let _ = SteeredNow::<T>::translate::<SteeredV0, _>(|old| {
				old.map(|o| Steered { targets: o.targets, discount: o.discount, grants })
			});
			let _ = Mode::<T>::translate::<SteeringModeV0, _>(|old| {
				old.map(|o| match o {
					SteeringModeV0::Rules => SteeringMode::Rules,
					SteeringModeV0::Frozen => SteeringMode::Frozen,
					SteeringModeV0::Fixed { targets, discount } => {
						SteeringMode::Fixed { targets, discount, grants }
					},
				})
			});
			LastSteering::<T>::kill();
			T::DbWeight::get().reads_writes(3, 3)
		}
	}

	/// The version-checked migration to add to the runtime's migrations.
	pub type MigrateToV1<T> =
		VersionedMigration<0, 1, AddGrants<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
}
