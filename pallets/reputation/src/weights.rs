
//! Weights of `pallet_reputation`. PROVISIONAL: written by hand (10 reads and 10 writes at
//! 300 µs each) until `scripts/benchmark.sh pallet pallet_reputation` generates this file from
//! `src/benchmarking.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_reputation`.
pub trait WeightInfo {
	fn stake() -> Weight;
	fn unstake() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn refresh() -> Weight;
	fn report_creation() -> Weight;
	fn report_offence() -> Weight;
	fn lock_for_vote() -> Weight;
	fn unlock_vote() -> Weight;
	fn slash_stake() -> Weight;
}

/// Weights for `pallet_reputation` with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn stake() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn refresh() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn report_creation() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn report_offence() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn lock_for_vote() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn unlock_vote() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn slash_stake() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
}

impl WeightInfo for () {
	fn stake() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn unstake() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn refresh() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn report_creation() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn report_offence() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn lock_for_vote() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn unlock_vote() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn slash_stake() -> Weight {
		Weight::from_parts(300_000_000, 12_000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
}
