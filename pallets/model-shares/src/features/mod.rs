//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` call into these.

mod income;
mod ledger;
mod market;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod views;
