//! The runtime API behind the `reserve_status` JSON-RPC method.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

pub use atelier_primitives::BlockNumber;
pub use pallet_reserve::Status;

sp_api::decl_runtime_apis! {
	/// The treasury reserve's state, for studios, wallets and governance.
	pub trait ReserveApi {
		/// Holdings by asset, POL share of the pool, allocation against targets, runway in
		/// periods, this period's velocity, the average and spot price, the last buy-back and
		/// the last budget payment.
		fn status() -> Status<BlockNumber>;
	}
}
