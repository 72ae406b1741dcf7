//! Weights of `pallet_provenance`. PROVISIONAL: written from counted database accesses until
//! `scripts/benchmark.sh pallet pallet_provenance` replaces this file with generated weights.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_provenance`.
pub trait WeightInfo {
	fn register_dataset(c: u32, ) -> Weight;
	fn register_model(d: u32, f: u32, ) -> Weight;
	fn mint_output(p: u32, m: u32, ) -> Weight;
}

/// Weights for `pallet_provenance` with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_dataset(c: u32, ) -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(Weight::from_parts(200_000, 40).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	fn register_model(d: u32, f: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(Weight::from_parts(2_000_000, 3_000).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(500_000, 40).saturating_mul(f.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn mint_output(p: u32, m: u32, ) -> Weight {
		Weight::from_parts(250_000_000, 10_000)
			.saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(100_000, 32).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
}

impl WeightInfo for () {
	fn register_dataset(c: u32, ) -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(Weight::from_parts(200_000, 40).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn register_model(d: u32, f: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(Weight::from_parts(2_000_000, 3_000).saturating_mul(d.into()))
			.saturating_add(Weight::from_parts(500_000, 40).saturating_mul(f.into()))
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
	}
	fn mint_output(p: u32, m: u32, ) -> Weight {
		Weight::from_parts(250_000_000, 10_000)
			.saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(100_000, 32).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(12_u64))
	}
}
