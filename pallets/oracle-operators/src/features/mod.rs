//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` call into these.

mod operators;
pub mod rounds;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
