//! Types shared by Atelier's runtime, pallets and node.
//!
//! Everything that two crates must agree on lives here: the account, balance and block types, the
//! native token's denomination, and the traits through which pallets
//! talk to each other. A pallet never reaches into another pallet; it asks through a trait in this
//! crate, and the runtime wires the implementation.

#![cfg_attr(not(feature = "std"), no_std)]
// A panic in runtime code halts block production: arithmetic is checked or saturating, indexing
// is checked, and nothing unwraps. Tests and benchmarks allow these in their own modules.
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

extern crate alloc;

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// A transaction signature: sr25519, ed25519 or ecdsa, as polkadot.js produces them.
pub type Signature = MultiSignature;

/// An account on Atelier: the public key of the transaction signing scheme (32 bytes).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// An amount of the native token, in its smallest unit (see [`currency`]).
pub type Balance = u128;

/// A block number.
pub type BlockNumber = u32;

/// The number of transactions an account has sent.
pub type Nonce = u32;

/// A block or extrinsic hash.
pub type Hash = sp_core::H256;

/// Milliseconds since the Unix epoch.
pub type Moment = u64;

/// The id of a fungible asset in `pallet-assets` (the stablecoin among them).
pub type AssetId = u32;

/// The id of an NFT collection in `pallet-nfts`.
pub type CollectionId = u32;

/// The id of an NFT within its collection.
pub type ItemId = u32;

/// The SS58 address prefix: the generic Substrate prefix, until Atelier registers its own in the
/// ss58-registry. Wallets read it from the chain's properties and metadata.
pub const SS58_PREFIX: u16 = 42;

pub mod activity;
pub mod compute;
pub mod currency;
pub mod models;
pub mod oracle;
pub mod provenance;
pub mod purse;
pub mod randomness;
pub mod reputation;
pub mod shares;
pub mod stablecoin;
pub mod time;
