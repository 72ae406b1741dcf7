//! Storage migrations.

/// Version 0 to 1: a chain that began before this pallet (or whose genesis named no slot under
/// version 0) reads its slot duration from the runtime's default; the migration writes that
/// default to storage, so that a later runtime with another default does not move the slot of
/// the running chain. The epoch duration is written the same way. Nothing else changes: the
/// values read before and after are the same.
pub mod v1 {
	use crate::{Config, EpochDuration, Pallet, SlotDuration};
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};

	/// Writes the default slot and epoch durations where none is stored; run through
	/// [`MigrateToV1`].
	pub struct WriteSlotDuration<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for WriteSlotDuration<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut writes: u64 = 0;
			if !SlotDuration::<T>::exists() {
				SlotDuration::<T>::put(T::DefaultSlotDuration::get());
				writes = writes.saturating_add(1);
			}
			if !EpochDuration::<T>::exists() {
				EpochDuration::<T>::put(T::DefaultEpochDuration::get());
				writes = writes.saturating_add(1);
			}
			T::DbWeight::get().reads_writes(2, writes)
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
