//! # Clock
//!
//! The chain's slot duration: how many milliseconds a block author's slot lasts, so how often a
//! block comes; and its epoch duration: how many slots a BABE epoch, and so a session (one
//! validator set), lasts. A chain's genesis chooses it ([`GenesisConfig::slot_duration`], within
//! [`Config::MinSlotDuration`] and [`Config::MaxSlotDuration`]); a genesis that names none gets
//! [`Config::DefaultSlotDuration`], six seconds on every chain that users run. Either way the
//! genesis writes it to storage, so that a later runtime whose default differs never moves a
//! running chain's slot ([`migrations::v1`] writes it on chains that began without this pallet).
//! The pallet has no call that changes it: the node's block author reads it when it starts, and
//! every timestamp must fall in the slot it names, so a change would stop the chain. Root alone
//! could write it (`system.set_storage`), as it can write any storage.
//!
//! The epoch duration is chosen the same way ([`GenesisConfig::epoch_duration`], within
//! [`Config::MinEpochDuration`] and [`Config::MaxEpochDuration`], default
//! [`Config::DefaultEpochDuration`]: an hour of 6-second slots) and cannot change either: BABE
//! computes every epoch's first slot from it, and a change would brick block production.
//!
//! BABE's `ExpectedBlockTime` and `EpochDuration` and the timestamp pallet's `MinimumPeriod` are
//! metadata constants, and they read this storage: a node's metadata shows the chain's own slot. The metadata hash
//! compiled into the runtime (`CheckMetadataHash`, for offline signers) is computed on empty
//! storage, so it matches the chains with the default slot only: on the tests' 2-second chains
//! a signer that checks the metadata hash (mode 1) is refused. No chain users run names a slot.
//!
//! It exists so that one build serves both a live chain and the end-to-end tests' chains
//! (`dev-fast`, `local-fast`), whose two-second slots make a test that waits for blocks three
//! times quicker, without a second runtime compiled under a feature (polkadot-sdk's
//! `fast-runtime` way). Every period the runtime states in blocks (a referendum's confirmation,
//! the reserve's day) passes three times quicker in wall time on those chains too.
//!
//! [`Slot`] is BABE's `ExpectedBlockTime`; [`HalfSlot`] is the timestamp pallet's
//! `MinimumPeriod` (BABE's slot is twice it: exactly the slot, since a slot is even); [`Epoch`]
//! is BABE's `EpochDuration`.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
#![deny(missing_docs)]

pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

use atelier_primitives::Moment;
use frame_support::traits::Get;

pub use pallet::*;

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::BlockNumberFor;

	/// Version 1: the slot duration is always in storage ([`crate::migrations::v1`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The slot duration of a chain whose genesis names none, in milliseconds.
		#[pallet::constant]
		type DefaultSlotDuration: Get<Moment>;
		/// The shortest slot a genesis may choose, in milliseconds.
		#[pallet::constant]
		type MinSlotDuration: Get<Moment>;
		/// The longest slot a genesis may choose, in milliseconds.
		#[pallet::constant]
		type MaxSlotDuration: Get<Moment>;
		/// The epoch (session) duration of a chain whose genesis names none, in slots.
		#[pallet::constant]
		type DefaultEpochDuration: Get<u64>;
		/// The shortest epoch a genesis may choose, in slots.
		#[pallet::constant]
		type MinEpochDuration: Get<u64>;
		/// The longest epoch a genesis may choose, in slots.
		#[pallet::constant]
		type MaxEpochDuration: Get<u64>;
	}

	/// The slot duration in milliseconds, written at genesis. Its default (the value an empty
	/// storage reads, as the metadata hash's build and `integrity_test` do) is
	/// [`Config::DefaultSlotDuration`].
	#[pallet::storage]
	pub type SlotDuration<T: Config> = StorageValue<_, Moment, ValueQuery, T::DefaultSlotDuration>;

	/// The epoch duration in slots, written at genesis; its default is
	/// [`Config::DefaultEpochDuration`].
	#[pallet::storage]
	pub type EpochDuration<T: Config> = StorageValue<_, u64, ValueQuery, T::DefaultEpochDuration>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The chain's slot duration in milliseconds; `None` keeps the default.
		pub slot_duration: Option<Moment>,
		/// The chain's epoch duration in slots; `None` keeps the default.
		pub epoch_duration: Option<u64>,
		#[serde(skip)]
		#[allow(missing_docs)]
		pub _config: PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let duration = self.slot_duration.unwrap_or_else(T::DefaultSlotDuration::get);
			assert!(
				Pallet::<T>::is_valid(duration),
				"the genesis slot duration {duration} ms is outside {}..={} ms or odd",
				T::MinSlotDuration::get(),
				T::MaxSlotDuration::get(),
			);
			SlotDuration::<T>::put(duration);
			let epoch = self.epoch_duration.unwrap_or_else(T::DefaultEpochDuration::get);
			assert!(
				Pallet::<T>::is_valid_epoch(epoch),
				"the genesis epoch duration {epoch} slots is outside {}..={} slots",
				T::MinEpochDuration::get(),
				T::MaxEpochDuration::get(),
			);
			EpochDuration::<T>::put(epoch);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinSlotDuration::get() > 0, "a slot lasts some time");
			assert!(
				T::MinSlotDuration::get() <= T::MaxSlotDuration::get(),
				"the shortest slot is not longer than the longest",
			);
			assert!(
				Self::is_valid(T::DefaultSlotDuration::get()),
				"the default slot duration is within the bounds and even",
			);
			assert!(T::MinEpochDuration::get() > 0, "an epoch lasts some slots");
			assert!(
				Self::is_valid_epoch(T::DefaultEpochDuration::get()),
				"the default epoch duration is within its bounds",
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Whether `duration` may be a chain's slot duration: within the bounds, and even, so that
	/// the timestamp pallet's minimum period ([`HalfSlot`]) is exactly half a slot.
	pub fn is_valid(duration: Moment) -> bool {
		(T::MinSlotDuration::get()..=T::MaxSlotDuration::get()).contains(&duration)
			&& duration.is_multiple_of(2)
	}

	/// Whether `slots` may be a chain's epoch duration.
	pub fn is_valid_epoch(slots: u64) -> bool {
		(T::MinEpochDuration::get()..=T::MaxEpochDuration::get()).contains(&slots)
	}

	/// The invariants: the slot and epoch durations are in storage, and are ones a genesis may
	/// choose.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(
			SlotDuration::<T>::exists(),
			"the slot duration is not in storage: a new default would move it"
		);
		frame_support::ensure!(
			Self::is_valid(SlotDuration::<T>::get()),
			"the slot duration is outside its bounds or odd"
		);
		frame_support::ensure!(
			EpochDuration::<T>::exists(),
			"the epoch duration is not in storage: a new default would move it"
		);
		frame_support::ensure!(
			Self::is_valid_epoch(EpochDuration::<T>::get()),
			"the epoch duration is outside its bounds"
		);
		Ok(())
	}
}

/// The slot duration, for BABE's `ExpectedBlockTime`.
pub struct Slot<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<Moment> for Slot<T> {
	fn get() -> Moment {
		SlotDuration::<T>::get()
	}
}

/// Half the slot duration, for the timestamp pallet's `MinimumPeriod`: a block's timestamp is at
/// least this much after its parent's.
pub struct HalfSlot<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<Moment> for HalfSlot<T> {
	fn get() -> Moment {
		SlotDuration::<T>::get() / 2
	}
}

/// The epoch duration in slots, for BABE's `EpochDuration`: a session lasts one epoch.
pub struct Epoch<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<u64> for Epoch<T> {
	fn get() -> u64 {
		EpochDuration::<T>::get()
	}
}
