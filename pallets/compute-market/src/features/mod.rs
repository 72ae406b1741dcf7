//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` call into these.

mod fee;
mod jobs;
#[cfg(any(feature = "runtime-benchmarks", feature = "try-runtime", test))]
pub(crate) use jobs::TIMEOUT_SPILL;
mod money;
mod refusals;
mod settlement;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod workers;
