//! The native token's denomination.

use super::{AssetId, Balance};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

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
/// Cannot overflow: `u32::MAX` entries and bytes cost below 10^20, far under `u128::MAX`.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	(items as Balance)
		.saturating_mul(ENTRY_DEPOSIT)
		.saturating_add((bytes as Balance).saturating_mul(BYTE_DEPOSIT))
}

/// The deposit for one storage entry: 0.02 ATL.
pub const ENTRY_DEPOSIT: Balance = 20 * MILLI_UNIT;
/// The deposit for one byte of storage: 0.0001 ATL.
pub const BYTE_DEPOSIT: Balance = 100 * MICRO_UNIT;

/// What a price is paid in.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum PaymentAsset {
	/// The native token (ATL).
	Native,
	/// An asset of `pallet-assets` that the runtime accepts (the stablecoin).
	Asset(AssetId),
}

impl PaymentAsset {
	/// The asset id, `None` for the native token.
	pub fn asset_id(self) -> Option<AssetId> {
		match self {
			PaymentAsset::Native => None,
			PaymentAsset::Asset(id) => Some(id),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn deposit_prices_items_and_bytes() {
		assert_eq!(deposit(0, 0), 0);
		assert_eq!(deposit(1, 0), 20 * MILLI_UNIT);
		assert_eq!(deposit(1, 100), 20 * MILLI_UNIT + 10 * MILLI_UNIT);
	}
}
