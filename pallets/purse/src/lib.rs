//! # Purse
//!
//! The one door for the protocol's money ([`atelier_primitives::purse::ProtocolPurse`]). Every
//! Atelier pallet that releases, pays or burns funds it holds (the compute market's escrow,
//! stakes and dispute deposits; attestation's bonds; reputation's stake) does it here, so that
//! one rule decides where a payment goes when its recipient cannot take it:
//!
//! 1. to its recipient, if the recipient can take it;
//! 2. else to the reserve ([`Config::ReserveAccount`]), with [`Event::Redirected`];
//! 3. else (only while the reserve's account does not exist) it is burned, with
//!    [`Event::Burned`].
//!
//! Nothing is stuck in a hold or lost to rounding. Each payment is judged on its own (the
//! reserve's account exists on every chain built from a preset, so the third case is for chains
//! that lost it). The balances pallet records each movement
//! itself (`TransferOnHold`, `Released`, `BurnedHeld`, each with its hold reason); this pallet's
//! events record the outcomes that differ from what the caller asked.
//!
//! The pallet has no storage, no calls and no hooks: it is code behind a trait, with the
//! reserve's account as its one constant. Its cost is counted in the weights of the calls that
//! use it (their benchmarks run through it).

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests allow these in their own modules.
#![cfg_attr(
	not(test),
	deny(
		clippy::arithmetic_side_effects,
		clippy::indexing_slicing,
		clippy::unwrap_used,
		clippy::expect_used
	)
)]
#![deny(missing_docs)]

mod impl_protocol_purse;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;

/// The amount of the native token.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The native currency, whose holds the purse takes from.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId>;
		/// The treasury reserve's account: the protocol's shares, forfeits and slashes, and every
		/// payment its recipient cannot take.
		#[pallet::constant]
		type ReserveAccount: Get<Self::AccountId>;
	}

	#[pallet::event]
	#[allow(missing_docs)]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `intended` could not take a payment (a new account below the existential deposit):
		/// it went to the reserve.
		Redirected { from: T::AccountId, intended: T::AccountId, amount: BalanceOf<T> },
		/// Neither `intended` nor the reserve could take a payment: it was burned.
		Burned { from: T::AccountId, intended: T::AccountId, amount: BalanceOf<T> },
	}
}
