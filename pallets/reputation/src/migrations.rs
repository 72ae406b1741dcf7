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
