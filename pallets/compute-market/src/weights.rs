//! Weights of `pallet-compute-market`.
//!
//! PROVISIONAL: these figures are conservative estimates made before the benchmarks were run on
//! the reference machine; `scripts/benchmark.sh` regenerates this file from
//! `benchmarking.rs`.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_compute_market`.
pub trait WeightInfo {
	fn register_worker() -> Weight;
	fn update_worker() -> Weight;
	fn pause_worker() -> Weight;
	fn resume_worker() -> Weight;
	fn leave() -> Weight;
	fn withdraw_stake() -> Weight;
	fn submit_job() -> Weight;
	fn submit_receipt(l: u32) -> Weight;
	fn dispute_receipt() -> Weight;
	fn resolve_dispute() -> Weight;
	fn on_initialize_base() -> Weight;
	fn process_timeouts(t: u32) -> Weight;
	fn admit_jobs(a: u32, w: u32) -> Weight;
}

/// Weights for `pallet_compute_market` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_worker() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn update_worker() -> Weight {
		Weight::from_parts(55_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn pause_worker() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn resume_worker() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn withdraw_stake() -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn submit_job() -> Weight {
		Weight::from_parts(120_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn submit_receipt(l: u32) -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(Weight::from_parts(30_000_000, 2_600).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(l.into())))
	}
	fn dispute_receipt() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(120_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn on_initialize_base() -> Weight {
		Weight::from_parts(40_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	fn process_timeouts(t: u32) -> Weight {
		Weight::from_parts(10_000_000, 4_000)
			.saturating_add(Weight::from_parts(120_000_000, 8_000).saturating_mul(t.into()))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes((8_u64).saturating_mul(t.into())))
	}
	fn admit_jobs(a: u32, w: u32) -> Weight {
		Weight::from_parts(30_000_000, 20_000)
			.saturating_add(Weight::from_parts(60_000_000, 4_000).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
	}
}

// For tests and mocks, with RocksDB weights.
impl WeightInfo for () {
	fn register_worker() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn update_worker() -> Weight {
		Weight::from_parts(55_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn pause_worker() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn resume_worker() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn leave() -> Weight {
		Weight::from_parts(30_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn withdraw_stake() -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn submit_job() -> Weight {
		Weight::from_parts(120_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn submit_receipt(l: u32) -> Weight {
		Weight::from_parts(150_000_000, 8_000)
			.saturating_add(Weight::from_parts(30_000_000, 2_600).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(l.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(l.into())))
	}
	fn dispute_receipt() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(120_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn on_initialize_base() -> Weight {
		Weight::from_parts(40_000_000, 20_000)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn process_timeouts(t: u32) -> Weight {
		Weight::from_parts(10_000_000, 4_000)
			.saturating_add(Weight::from_parts(120_000_000, 8_000).saturating_mul(t.into()))
			.saturating_add(RocksDbWeight::get().reads((8_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes((8_u64).saturating_mul(t.into())))
	}
	fn admit_jobs(a: u32, w: u32) -> Weight {
		Weight::from_parts(30_000_000, 20_000)
			.saturating_add(Weight::from_parts(60_000_000, 4_000).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(w.into()))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(w.into())))
	}
}

