//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` call into these.

mod datasets;
mod lineage;
mod models;
mod outputs;
mod styles;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
