//! Weights of `pallet_royalties`. PROVISIONAL: written from counted database accesses until
//! `scripts/benchmark.sh pallet pallet_royalties` replaces this file with generated weights.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_royalties`.
pub trait WeightInfo {
	fn list() -> Weight;
	fn unlist() -> Weight;
	fn buy(r: u32, ) -> Weight;
	fn record_external_sale(r: u32, ) -> Weight;
	fn claim() -> Weight;
}

/// Weights for `pallet_royalties` with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn list() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn unlist() -> Weight {
		Weight::from_parts(30_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn buy(r: u32, ) -> Weight {
		Weight::from_parts(250_000_000, 12_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
	}
	fn record_external_sale(r: u32, ) -> Weight {
		Weight::from_parts(220_000_000, 12_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
	}
	fn claim() -> Weight {
		Weight::from_parts(70_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

impl WeightInfo for () {
	fn list() -> Weight {
		Weight::from_parts(60_000_000, 6_000).saturating_add(ParityDbWeight::get().reads_writes(6, 1))
	}
	fn unlist() -> Weight {
		Weight::from_parts(30_000_000, 3_000).saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
	fn buy(r: u32, ) -> Weight {
		Weight::from_parts(250_000_000, 12_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(14, 12))
	}
	fn record_external_sale(r: u32, ) -> Weight {
		Weight::from_parts(220_000_000, 12_000)
			.saturating_add(Weight::from_parts(8_000_000, 2_600).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(13, 11))
	}
	fn claim() -> Weight {
		Weight::from_parts(70_000_000, 6_000).saturating_add(ParityDbWeight::get().reads_writes(4, 4))
	}
}
