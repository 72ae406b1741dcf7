//! The slot duration: chosen by genesis within its bounds, read by Aura and the timestamp pallet.

use crate::{mock::*, HalfSlot, Slot, SlotDuration};
use frame_support::traits::{Get, Hooks};

#[test]
fn a_genesis_that_names_no_slot_duration_gets_the_default() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!SlotDuration::<Test>::exists());
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
	});
}

#[test]
fn the_constants_are_consistent() {
	ExtBuilder::default().build_and_execute(|| {
		<Clock as Hooks<u64>>::integrity_test();
	});
}
