//! The reserve's method: `reserve_status`, what the treasury reserve holds and how its policy
//! stands: holdings by asset, POL share of the pool, allocation against targets, runway in
//! days, this period's velocity, the average and spot price, the last budget payment and
//! the last buy-back.
//!
//! Amounts are decimal strings in each asset's smallest unit (ATL: 12 decimals, aUSD: 6);
//! prices are decimal strings in aUSD per ATL; shares are percentages as decimal strings.

use jsonrpsee::{core::RpcResult, proc_macros::rpc};
pub use pallet_reserve_runtime_api::ReserveApi as ReserveRuntimeApi;
use pallet_reserve_runtime_api::{BlockNumber, ReserveApi as RuntimeApi, Status};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::{traits::Block as BlockT, FixedPointNumber, FixedU128, Perbill, Permill};

use crate::{runtime_error, Atelier};

/// A price (aUSD smallest units per ATL smallest unit) in aUSD per ATL, to 9 decimals.
pub fn price_string(price: FixedU128) -> String {
	use atelier_primitives::{currency::TOKEN_DECIMALS, stablecoin::DECIMALS};
	// aUSD per ATL = inner / 10^18 × 10^(12 − 6).
	let shift = 10u128.pow(u32::from(TOKEN_DECIMALS - DECIMALS));
	let scaled = price.into_inner().saturating_mul(shift);
	let unit = FixedU128::DIV;
	let whole = scaled / unit;
	let nanos = (scaled % unit) / (unit / 1_000_000_000);
	format!("{whole}.{nanos:09}")
}

pub(crate) fn percent_permill(p: Permill) -> String {
	let parts = p.deconstruct();
	format!("{}.{:04}", parts / 10_000, parts % 10_000)
}

pub(crate) fn percent_perbill(p: Perbill) -> String {
	let parts = p.deconstruct();
	format!("{}.{:07}", parts / 10_000_000, parts % 10_000_000)
}

/// Shares of the reserve's value, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct AllocationResponse {
	/// aUSD, in percent.
	pub stable: String,
	/// POL, in percent.
	pub pol: String,
	/// ATL, in percent.
	pub atl: String,
}

impl From<pallet_reserve::Allocation> for AllocationResponse {
	fn from(a: pallet_reserve::Allocation) -> Self {
		Self {
			stable: percent_permill(a.stable),
			pol: percent_permill(a.pol),
			atl: percent_permill(a.atl),
		}
	}
}

/// The reserve's status, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct StatusResponse {
	/// Spendable ATL.
	pub atl: String,
	/// Spendable aUSD.
	pub stable: String,
	/// LP tokens held.
	pub lp: String,
	/// The pool's LP tokens.
	pub lp_supply: String,
	/// The ATL side of the reserve's liquidity.
	pub pol_atl: String,
	/// The aUSD side of the reserve's liquidity.
	pub pol_stable: String,
	/// The reserve's share of the pool, in percent.
	pub pol_share: String,
	/// The shares of its value now (at the average price).
	pub allocation: AllocationResponse,
	/// The shares it steers towards.
	pub targets: AllocationResponse,
	/// aUSD the budget pays a day.
	pub budget_per_day: String,
	/// Arrears owed to budget lines.
	pub arrears: String,
	/// Days of budget its aUSD pays (`null` without a budget).
	pub runway_days: Option<u32>,
	/// The aUSD a buy-back or a grant leaves.
	pub floor: String,
	/// The current period's index.
	pub period: u32,
	/// The block it began.
	pub period_started_at: BlockNumber,
	/// The block the next begins.
	pub next_period_at: BlockNumber,
	/// ATL volume so far this period.
	pub volume: String,
	/// Circulating supply (total issuance less the reserve's ATL).
	pub circulating: String,
	/// Volume over circulating supply, in percent.
	pub velocity: String,
	/// The last sampled pool price, in aUSD per ATL (`null` before the pool has liquidity).
	pub spot_price: Option<String>,
	/// Its moving average.
	pub average_price: Option<String>,
	/// The block of the last sample.
	pub sampled_at: Option<BlockNumber>,
	/// The last budget payment.
	pub last_budget: Option<BudgetResponse>,
	/// The last buy-back.
	pub last_buyback: Option<BuyBackResponse>,
	/// ATL bought back since genesis.
	pub total_bought_back: String,
	/// Of it, burned.
	pub total_burned: String,
	/// aUSD the budget paid since genesis.
	pub total_budget_paid: String,
}

/// A budget payment, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BudgetResponse {
	/// The period.
	pub period: u32,
	/// The block.
	pub at: BlockNumber,
	/// aUSD paid.
	pub paid: String,
	/// aUSD not paid (owed as arrears).
	pub shortfall: String,
}

/// A buy-back, as JSON.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BuyBackResponse {
	/// The period.
	pub period: u32,
	/// The block.
	pub at: BlockNumber,
	/// aUSD spent.
	pub stable_spent: String,
	/// ATL bought.
	pub atl_bought: String,
	/// `burn` or `pol`.
	pub destination: String,
}

impl From<Status<BlockNumber>> for StatusResponse {
	fn from(s: Status<BlockNumber>) -> Self {
		Self {
			atl: s.atl.to_string(),
			stable: s.stable.to_string(),
			lp: s.lp.to_string(),
			lp_supply: s.lp_supply.to_string(),
			pol_atl: s.pol_atl.to_string(),
			pol_stable: s.pol_stable.to_string(),
			pol_share: percent_perbill(s.pol_share),
			allocation: s.allocation.into(),
			targets: s.targets.into(),
			budget_per_day: s.budget_per_day.to_string(),
			arrears: s.arrears.to_string(),
			runway_days: s.runway_days,
			floor: s.floor.to_string(),
			period: s.period.index,
			period_started_at: s.period.started_at,
			next_period_at: s.next_period_at,
			volume: s.period.volume.to_string(),
			circulating: s.circulating.to_string(),
			velocity: percent_perbill(s.velocity),
			spot_price: s.price.map(|p| price_string(p.spot)),
			average_price: s.price.map(|p| price_string(p.average)),
			sampled_at: s.price.map(|p| p.sampled_at),
			last_budget: s.last_budget.map(|b| BudgetResponse {
				period: b.period,
				at: b.at,
				paid: b.paid.to_string(),
				shortfall: b.shortfall.to_string(),
			}),
			last_buyback: s.last_buyback.map(|b| BuyBackResponse {
				period: b.period,
				at: b.at,
				stable_spent: b.stable_spent.to_string(),
				atl_bought: b.atl_bought.to_string(),
				destination: match b.destination {
					pallet_reserve::BuyBackDestination::Burn => "burn",
					pallet_reserve::BuyBackDestination::Pol => "pol",
				}
				.to_string(),
			}),
			total_bought_back: s.totals.bought_atl.to_string(),
			total_burned: s.totals.burned_atl.to_string(),
			total_budget_paid: s.totals.budget_paid.to_string(),
		}
	}
}

/// The reserve's JSON-RPC methods.
#[rpc(client, server)]
pub trait ReserveApi<BlockHash> {
	/// The reserve's status, at the best block or at `at`.
	#[method(name = "reserve_status")]
	fn status(&self, at: Option<BlockHash>) -> RpcResult<StatusResponse>;
}

impl<C, Block, AccountId, Balance, BlockNumberT> ReserveApiServer<<Block as BlockT>::Hash>
	for Atelier<C, (Block, AccountId, Balance, BlockNumberT)>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block>,
	AccountId: 'static,
	Balance: 'static,
	BlockNumberT: 'static,
{
	fn status(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<StatusResponse> {
		let status = self.client.runtime_api().status(self.at(at)).map_err(runtime_error)?;
		Ok(status.into())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn prices_are_in_ausd_per_atl_and_shares_in_percent() {
		// One aUSD (10^6) per ATL (10^12).
		assert_eq!(
			price_string(FixedU128::saturating_from_rational(1, 1_000_000u128)),
			"1.000000000"
		);
		assert_eq!(
			price_string(FixedU128::saturating_from_rational(25, 100_000_000u128)),
			"0.250000000"
		);
		assert_eq!(percent_permill(Permill::from_percent(30)), "30.0000");
		assert_eq!(percent_perbill(Perbill::from_parts(1_000_000)), "0.1000000");
	}
}
