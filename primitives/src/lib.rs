//! Types shared by Atelier's runtime, pallets and node.
//!
//! Everything that two crates must agree on lives here: the account, balance and block types, the
//! native token's denomination, and (as the Atelier pallets land) the traits through which pallets
//! talk to each other. A pallet never reaches into another pallet; it asks through a trait in this
//! crate, and the runtime wires the implementation.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

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

/// The native token's denomination.
pub mod currency {
	use super::Balance;

	/// The token's symbol, as wallets show it.
	pub const TOKEN_SYMBOL: &str = "ATL";
	/// Decimal places between the smallest unit and one token.
	pub const TOKEN_DECIMALS: u8 = 12;
	/// One token (10^12 smallest units).
	pub const UNIT: Balance = 1_000_000_000_000;
	/// One thousandth of a token.
	pub const MILLI_UNIT: Balance = 1_000_000_000;
	/// One millionth of a token.
	pub const MICRO_UNIT: Balance = 1_000_000;

	/// The least balance an account may hold: 0.001 ATL. See `docs/architecture.md` for why.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

	/// The deposit for keeping `items` storage entries of `bytes` bytes in all: 0.02 ATL an
	/// entry plus 0.0001 ATL a byte, so that state bloat is paid for by whoever causes it.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance) * 20 * MILLI_UNIT + (bytes as Balance) * 100 * MICRO_UNIT
	}
}

/// The USD stablecoin created at genesis on the dev and local chains.
pub mod stablecoin {
	use super::AssetId;

	/// Its id in `pallet-assets`.
	pub const ASSET_ID: AssetId = 1;
	/// Its name.
	pub const NAME: &str = "Atelier Dollar";
	/// Its symbol.
	pub const SYMBOL: &str = "aUSD";
	/// Its decimals, as for most USD stablecoins.
	pub const DECIMALS: u8 = 6;
	/// One dollar in its smallest unit.
	pub const DOLLAR: u128 = 1_000_000;
	/// The least balance an account may hold: one cent.
	pub const MIN_BALANCE: u128 = DOLLAR / 100;
}

/// Block times.
pub mod time {
	use super::{BlockNumber, Moment};

	/// Target time between blocks. Aura slots have this length; it cannot change after genesis.
	pub const MILLISECS_PER_BLOCK: Moment = 6000;
	/// Aura's slot duration.
	pub const SLOT_DURATION: Moment = MILLISECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// The SS58 address prefix: the generic Substrate prefix, until Atelier registers its own in the
/// ss58-registry. Wallets read it from the chain's properties and metadata.
pub const SS58_PREFIX: u16 = 42;

#[cfg(test)]
mod tests {
	use super::currency::*;

	#[test]
	fn deposit_prices_items_and_bytes() {
		assert_eq!(deposit(0, 0), 0);
		assert_eq!(deposit(1, 0), 20 * MILLI_UNIT);
		assert_eq!(deposit(1, 100), 20 * MILLI_UNIT + 10 * MILLI_UNIT);
	}

}
