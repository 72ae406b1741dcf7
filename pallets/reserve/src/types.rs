//! The reserve's records, policies and reports.

use atelier_primitives::Balance;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{FixedU128, Perbill, Permill};

/// A price: the pool's stablecoin reserve over its native reserve, in smallest units (aUSD's
/// smallest unit per ATL's smallest unit). One aUSD per ATL is `10^6 / 10^12`, i.e. `10^-6`.
pub type Price = FixedU128;

/// The pool price as the reserve last sampled it, and its moving average.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PriceRecord<BlockNumber> {
	/// The exponential moving average of the samples.
	pub average: Price,
	/// The last sample: the pool's price when the block `sampled_at` began, i.e. the previous
	/// block's closing price.
	pub spot: Price,
	/// The block whose start took the last sample.
	pub sampled_at: BlockNumber,
}

/// One line of the infrastructure budget.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct BudgetLine<AccountId> {
	/// Who is paid.
	pub who: AccountId,
	/// How much aUSD a day (a rate: a period pays it for the blocks it lasted, so the period's
	/// length changes when it is paid, never how much).
	pub per_day: Balance,
	/// What earlier periods could not pay, paid first when the reserve can.
	pub arrears: Balance,
}

/// The current period.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct PeriodRecord<BlockNumber> {
	/// Its index (the first period is 0).
	pub index: u32,
	/// The block it began.
	pub started_at: BlockNumber,
	/// The reserve's spendable ATL when it began, less the inflow an earlier period carried
	/// ([`SkipReason::carries_inflow`]): the inflow of a period is what the balance exceeds it
	/// by.
	pub atl_mark: Balance,
	/// ATL that changed hands through compute settlement and marketplace sales in ATL during
	/// it (the numerator of velocity).
	pub volume: Balance,
}

/// Running totals since genesis, for `try_state` and the status.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Totals {
	/// aUSD the budget fell due (each period's amounts).
	pub budget_due: Balance,
	/// aUSD the budget paid.
	pub budget_paid: Balance,
	/// Arrears dropped when their line was removed.
	pub arrears_forgiven: Balance,
	/// ATL sold for aUSD by conversions.
	pub converted_atl: Balance,
	/// aUSD spent on buy-backs.
	pub buyback_stable: Balance,
	/// ATL bought back.
	pub bought_atl: Balance,
	/// Bought ATL burned.
	pub burned_atl: Balance,
	/// Bought ATL added to the pool.
	pub pooled_atl: Balance,
	/// LP tokens the reserve received (genesis included).
	pub lp_minted: Balance,
}

/// What bought-back ATL becomes.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum BuyBackDestination {
	/// Burned: total issuance falls by it.
	Burn,
	/// Added to the pool with aUSD from the same budget: protocol-owned liquidity.
	Pol,
}

/// The price guard and the slippage every reserve swap accepts.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct PriceGuard {
	/// Blocks the moving average spans: each sample moves it by `2 / (blocks + 1)` of the gap.
	pub average_blocks: u32,
	/// No reserve swap while the spot price is further than this from the average.
	pub band: Permill,
	/// The most a reserve swap may get below the better (for the reserve) of the spot and the
	/// average price, price impact and fee included; a swap is sized so that its impact stays
	/// under half of it.
	pub max_slippage: Permill,
}

/// The shares of its value the reserve steers towards (they add up to 100%).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Allocation {
	/// aUSD.
	pub stable: Permill,
	/// The reserve's share of the pool (both sides).
	pub pol: Permill,
	/// ATL.
	pub atl: Permill,
}

/// When and how much the reserve buys back.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct BuyBackPolicy {
	/// Buy back only while velocity (a period's volume as a rate a day, over circulating
	/// supply) is below this.
	pub velocity_below: Perbill,
	/// ...and the spot price is below the average by at least this (less than the guard's
	/// band, so that a buy-back can pass the guard).
	pub discount: Permill,
	/// The most aUSD a day of buy-backs spends (a rate: a period spends it for the blocks it
	/// lasted).
	pub max_per_day: Balance,
	/// Never below this many days of the infrastructure budget (the runway floor).
	pub runway_days: u32,
	/// What the bought ATL becomes.
	pub destination: BuyBackDestination,
}

/// Why a step of a period did nothing.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum SkipReason {
	/// The pool is missing or empty, or no price was sampled yet.
	NoPool,
	/// The spot price is further from the average than the guard's band.
	Guard,
	/// No ATL arrived since the last period.
	NoInflow,
	/// Stablecoin and POL are at or above their targets.
	AtTarget,
	/// The spot price is below the average by the buy-back discount: ATL is not sold into a
	/// dip.
	PriceLow,
	/// The amount came out below what a swap can move (dust).
	TooSmall,
	/// The swap or the liquidity would get less than the slippage allows (the pool refused).
	Slippage,
	/// Velocity is at or above the buy-back threshold.
	VelocityHigh,
	/// The spot price is not below the average by the buy-back discount.
	PriceNotLow,
	/// The stablecoin reserve is at or below the runway floor.
	Floor,
}

impl SkipReason {
	/// A conversion skipped for this reason carries its inflow to the next period: the market
	/// stopped it (no pool, a price outside the guard or in a dip, a pool that would pay less
	/// than the slippage allows, an amount too small to trade yet), not the policy. Otherwise
	/// one dump before each period, paid for by its mover, would erase that period's conversion
	/// for good instead of postponing it.
	pub fn carries_inflow(self) -> bool {
		matches!(
			self,
			Self::NoPool | Self::Guard | Self::PriceLow | Self::TooSmall | Self::Slippage
		)
	}
}

/// The step of a period a [`SkipReason`] or a report belongs to.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Step {
	/// Converting the ATL inflow to aUSD and POL.
	Conversion,
	/// Buying ATL back.
	BuyBack,
}

/// The last budget payment.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct BudgetReport<BlockNumber> {
	/// The period.
	pub period: u32,
	/// The block.
	pub at: BlockNumber,
	/// aUSD paid.
	pub paid: Balance,
	/// aUSD due but not paid (carried as arrears).
	pub shortfall: Balance,
}

/// The last buy-back.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct BuyBackReport<BlockNumber> {
	/// The period.
	pub period: u32,
	/// The block.
	pub at: BlockNumber,
	/// aUSD spent (the swap's input and, for POL, the aUSD side of the liquidity).
	pub stable_spent: Balance,
	/// ATL bought.
	pub atl_bought: Balance,
	/// What it became.
	pub destination: BuyBackDestination,
}

/// The reserve's state, as the `reserve_status` RPC shows it.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Status<BlockNumber> {
	/// The reserve's spendable ATL.
	pub atl: Balance,
	/// Its aUSD.
	pub stable: Balance,
	/// Its LP tokens.
	pub lp: Balance,
	/// The pool's total LP tokens.
	pub lp_supply: Balance,
	/// The ATL and aUSD its LP tokens are worth.
	pub pol_atl: Balance,
	/// The aUSD side of its liquidity.
	pub pol_stable: Balance,
	/// Its share of the pool.
	pub pol_share: Perbill,
	/// The shares of its value (at the average price) now.
	pub allocation: Allocation,
	/// The shares it steers towards.
	pub targets: Allocation,
	/// aUSD the budget pays a day.
	pub budget_per_day: Balance,
	/// Arrears the budget owes.
	pub arrears: Balance,
	/// How many days of budget its aUSD pays (`None` without a budget).
	pub runway_days: Option<u32>,
	/// The runway floor a buy-back keeps, in aUSD.
	pub floor: Balance,
	/// The current period.
	pub period: PeriodRecord<BlockNumber>,
	/// The block the next period begins.
	pub next_period_at: BlockNumber,
	/// Volume so far this period, as a rate a day at the period's length, over circulating
	/// supply.
	pub velocity: Perbill,
	/// The supply velocity divides by: total issuance less the reserve's ATL (its own and its
	/// side of the pool).
	pub circulating: Balance,
	/// The price record.
	pub price: Option<PriceRecord<BlockNumber>>,
	/// The last budget payment.
	pub last_budget: Option<BudgetReport<BlockNumber>>,
	/// The last buy-back.
	pub last_buyback: Option<BuyBackReport<BlockNumber>>,
	/// Running totals.
	pub totals: Totals,
}
