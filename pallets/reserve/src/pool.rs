//! What the reserve needs of the ATL/aUSD pool. [`crate::impl_pool::AssetConversionPool`]
//! implements it over `pallet-asset-conversion`.

use atelier_primitives::Balance;
use sp_runtime::{DispatchError, Permill};

/// The ATL/aUSD pool, as the reserve trades with it. Every operation is atomic: on an error
/// nothing changed.
pub trait Pool<AccountId> {
	/// The pool's reserves `(atl, stable)`; `None` if the pool is missing or empty.
	fn reserves() -> Option<(Balance, Balance)>;
	/// The fee a swap pays the pool, as a share of its input.
	fn fee() -> Permill;
	/// The LP tokens `who` holds, and their total supply.
	fn shares(who: &AccountId) -> (Balance, Balance);
	/// Sells exactly `atl` ATL from `who` for at least `min_stable` aUSD; returns the aUSD.
	fn sell_atl(
		who: &AccountId,
		atl: Balance,
		min_stable: Balance,
	) -> Result<Balance, DispatchError>;
	/// Sells exactly `stable` aUSD from `who` for at least `min_atl` ATL; returns the ATL.
	fn buy_atl(
		who: &AccountId,
		stable: Balance,
		min_atl: Balance,
	) -> Result<Balance, DispatchError>;
	/// Adds up to `atl` ATL and `stable` aUSD from `who` as liquidity (at least the minimums
	/// each); returns the LP tokens minted to `who`.
	fn add_liquidity(
		who: &AccountId,
		atl: Balance,
		stable: Balance,
		min_atl: Balance,
		min_stable: Balance,
	) -> Result<Balance, DispatchError>;
}
