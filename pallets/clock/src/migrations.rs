//! Storage migrations.

/// Version 0 to 1: a chain that began before this pallet (or whose genesis named no slot under
/// version 0) reads its slot duration from the runtime's default; the migration writes that
/// default to storage, so that a later runtime with another default does not move the slot of
/// the running chain. Nothing else changes: the value read before and after is the same.
pub mod v1 {
	use crate::{Config, Pallet, SlotDuration};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// Writes the default slot duration where none is stored; run through [`MigrateToV1`].
	pub struct WriteSlotDuration<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for WriteSlotDuration<T> {
		fn on_runtime_upgrade() -> Weight {
			if SlotDuration::<T>::exists() {
				return T::DbWeight::get().reads(1);
			}
			SlotDuration::<T>::put(T::DefaultSlotDuration::get());
			T::DbWeight::get().reads_writes(1, 1)
		}
	}

	/// [`WriteSlotDuration`], run once, when the pallet's storage version is 0.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		WriteSlotDuration<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
