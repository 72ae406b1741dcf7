//! The slot and epoch durations: chosen by genesis within their bounds, read by BABE and the
//! timestamp pallet.

use crate::{migrations, mock::*, Epoch, EpochDuration, HalfSlot, Pallet, Slot, SlotDuration};
use frame_support::traits::{Get, GetStorageVersion, Hooks, OnRuntimeUpgrade, StorageVersion};

#[test]
fn a_genesis_that_names_no_slot_duration_writes_the_default() {
	ExtBuilder::default().build_and_execute(|| {
		// Written, so that a later runtime with another default does not move this chain's slot.
		assert_eq!(SlotDuration::<Test>::get(), DEFAULT);
		assert!(SlotDuration::<Test>::exists());
		assert_eq!(Slot::<Test>::get(), DEFAULT);
		assert_eq!(HalfSlot::<Test>::get(), DEFAULT / 2);
	});
}

#[test]
fn a_genesis_chooses_the_slot_duration_within_its_bounds() {
	for duration in [MIN, 2_000, MAX] {
		ExtBuilder::default().slot_duration(duration).build_and_execute(|| {
			assert_eq!(Slot::<Test>::get(), duration);
			assert_eq!(HalfSlot::<Test>::get(), duration / 2);
		});
	}
}

#[test]
#[should_panic(expected = "the genesis slot duration 998 ms is outside 1000..=60000 ms or odd")]
fn a_genesis_slot_below_the_shortest_is_refused() {
	ExtBuilder::default().slot_duration(MIN - 2).build();
}

#[test]
#[should_panic(expected = "the genesis slot duration 60002 ms is outside 1000..=60000 ms or odd")]
fn a_genesis_slot_above_the_longest_is_refused() {
	ExtBuilder::default().slot_duration(MAX + 2).build();
}

#[test]
#[should_panic(expected = "the genesis slot duration 2001 ms is outside 1000..=60000 ms or odd")]
fn an_odd_genesis_slot_is_refused() {
	// Half of it would not be a whole millisecond: the timestamp pallet's minimum period would
	// not be half a slot.
	ExtBuilder::default().slot_duration(2_001).build();
}

#[test]
fn the_invariant_catches_a_slot_out_of_bounds() {
	ExtBuilder::default().build().execute_with(|| {
		SlotDuration::<Test>::put(0);
		assert!(Clock::do_try_state().is_err());
		SlotDuration::<Test>::put(3_001);
		assert!(Clock::do_try_state().is_err());
		SlotDuration::<Test>::put(3_000);
		assert!(Clock::do_try_state().is_ok());
		// Read from the default, not stored: a runtime with another default would move it.
		SlotDuration::<Test>::kill();
		assert!(Clock::do_try_state().is_err());
	});
}

#[test]
fn the_migration_writes_the_slot_a_chain_without_one_was_running_at() {
	ExtBuilder::default().build().execute_with(|| {
		// A chain that began before the pallet: nothing stored, storage version 0.
		SlotDuration::<Test>::kill();
		EpochDuration::<Test>::kill();
		StorageVersion::new(0).put::<Pallet<Test>>();
		assert_eq!(Slot::<Test>::get(), DEFAULT);

		migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert!(SlotDuration::<Test>::exists());
		assert!(EpochDuration::<Test>::exists());
		assert_eq!(Slot::<Test>::get(), DEFAULT);
		assert_eq!(Epoch::<Test>::get(), DEFAULT_EPOCH);
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(Clock::do_try_state(), Ok(()));

		// Once only: a second run changes nothing, even if the value differs from the default.
		SlotDuration::<Test>::put(2_000);
		migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Slot::<Test>::get(), 2_000);
	});
}

#[test]
fn a_new_chain_starts_at_the_current_storage_version() {
	ExtBuilder::default().slot_duration(2_000).build_and_execute(|| {
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Slot::<Test>::get(), 2_000);
	});
}

#[test]
fn the_constants_are_consistent() {
	ExtBuilder::default().build_and_execute(|| {
		<Clock as Hooks<u64>>::integrity_test();
	});
}

#[test]
fn a_genesis_chooses_the_epoch_duration_within_its_bounds() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Epoch::<Test>::get(), DEFAULT_EPOCH);
		assert!(EpochDuration::<Test>::exists());
	});
	for slots in [MIN_EPOCH, 20, MAX_EPOCH] {
		ExtBuilder::default().epoch_duration(slots).build_and_execute(|| {
			assert_eq!(Epoch::<Test>::get(), slots);
		});
	}
}

#[test]
#[should_panic(expected = "the genesis epoch duration 9 slots is outside 10..=14400 slots")]
fn a_genesis_epoch_below_the_shortest_is_refused() {
	ExtBuilder::default().epoch_duration(MIN_EPOCH - 1).build();
}

#[test]
#[should_panic(expected = "the genesis epoch duration 14401 slots is outside 10..=14400 slots")]
fn a_genesis_epoch_above_the_longest_is_refused() {
	ExtBuilder::default().epoch_duration(MAX_EPOCH + 1).build();
}

#[test]
fn the_invariant_catches_an_epoch_out_of_bounds_or_unstored() {
	ExtBuilder::default().build().execute_with(|| {
		EpochDuration::<Test>::put(MIN_EPOCH - 1);
		assert!(Clock::do_try_state().is_err());
		EpochDuration::<Test>::put(MIN_EPOCH);
		assert!(Clock::do_try_state().is_ok());
		EpochDuration::<Test>::kill();
		assert!(Clock::do_try_state().is_err());
	});
}
