//! The pallet's behaviour, one area a file; the dispatchables in `lib.rs` and the trait
//! implementations (`impl_*.rs`) call into these.

mod candidacy;
pub mod election;
pub mod offences;
mod payment;
mod session;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
