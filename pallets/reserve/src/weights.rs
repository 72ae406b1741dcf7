//! Weights of `pallet_reserve`: placeholders until `scripts/benchmark.sh pallet pallet_reserve`
//! generates them.

#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight functions needed for `pallet_reserve`.
pub trait WeightInfo {
	fn set_budget_line() -> Weight;
	fn on_initialize_sample() -> Weight;
	fn on_period_convert(r: u32) -> Weight;
	fn on_period_buyback(r: u32) -> Weight;
}

/// Weights for `pallet_reserve` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_budget_line() -> Weight {
		Weight::from_parts(20_000_000, 2_000).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}
	fn on_initialize_sample() -> Weight {
		Weight::from_parts(20_000_000, 4_000).saturating_add(T::DbWeight::get().reads_writes(4, 1))
	}
	fn on_period_convert(r: u32) -> Weight {
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(Weight::from_parts(30_000_000, 3_000).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads_writes(30, 20))
			.saturating_add(T::DbWeight::get().reads_writes(2, 2).saturating_mul(r.into()))
	}
	fn on_period_buyback(r: u32) -> Weight {
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(Weight::from_parts(30_000_000, 3_000).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads_writes(30, 20))
			.saturating_add(T::DbWeight::get().reads_writes(2, 2).saturating_mul(r.into()))
	}
}

impl WeightInfo for () {
	fn set_budget_line() -> Weight {
		Weight::from_parts(20_000_000, 2_000)
			.saturating_add(ParityDbWeight::get().reads_writes(2, 1))
	}
	fn on_initialize_sample() -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(ParityDbWeight::get().reads_writes(4, 1))
	}
	fn on_period_convert(r: u32) -> Weight {
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(Weight::from_parts(30_000_000, 3_000).saturating_mul(r.into()))
	}
	fn on_period_buyback(r: u32) -> Weight {
		Weight::from_parts(400_000_000, 40_000)
			.saturating_add(Weight::from_parts(30_000_000, 3_000).saturating_mul(r.into()))
	}
}
