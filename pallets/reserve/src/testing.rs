//! What tests of the reserve read, written once for this crate's mock and the runtime's tests:
//! the reserve's events of the current block, and the reasons it gave for skipping a step.

use crate::{Config, Event, SkipReason, Step};
use alloc::vec::Vec;

/// The reserve's events deposited so far in this block, oldest first.
pub fn events<T: Config>() -> Vec<Event<T>>
where
	<T as frame_system::Config>::RuntimeEvent: TryInto<Event<T>>,
{
	frame_system::Pallet::<T>::events()
		.into_iter()
		.filter_map(|record| record.event.try_into().ok())
		.collect()
}

/// Why the reserve skipped `step` in this block, once per time it did.
pub fn skipped<T: Config>(step: Step) -> Vec<SkipReason>
where
	<T as frame_system::Config>::RuntimeEvent: TryInto<Event<T>>,
{
	events::<T>()
		.into_iter()
		.filter_map(|event| match event {
			Event::StepSkipped { step: skipped, reason, .. } if skipped == step => Some(reason),
			_ => None,
		})
		.collect()
}
