//! The USD stablecoin, created at genesis by every preset.

use super::AssetId;

/// Asset ids below this are the protocol's: only the force origin creates them, so no
/// account can take the stablecoin's id on a chain whose genesis lacks it. Accounts create
/// assets from this id on.
pub const FIRST_PUBLIC_ASSET_ID: AssetId = 1_000;
/// The pallet id whose keyless account owns the stablecoin and holds its issuer, admin and
/// freezer roles: no key can sign for it, so no key can freeze, block or burn anyone's
/// holdings; only the force origin can change the roles.
pub const ISSUER_PALLET_ID: [u8; 8] = *b"atl/usdi";

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
