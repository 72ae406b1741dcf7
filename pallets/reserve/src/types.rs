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

/// A range a target stays in while the rules move it.
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
pub struct TargetRange {
	/// The least.
	pub min: Permill,
	/// The most.
	pub max: Permill,
}

impl TargetRange {
	/// `value` held inside the range.
	pub fn clamp(&self, value: Permill) -> Permill {
		value.max(self.min).min(self.max)
	}
	/// Whether `value` is inside the range.
	pub fn contains(&self, value: Permill) -> bool {
		self.min <= value && value <= self.max
	}
}

/// The rules that move the reserve's targets and its buy-back discount each period, by the
/// chain's metrics and the operators' price (`docs/pallets/reserve.md#steering`).
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
pub struct SteeringPolicy {
	/// The most a target (or the discount) moves in one period, in percentage points.
	pub step: Permill,
	/// The range of the aUSD target.
	pub stable: TargetRange,
	/// The range of the POL target.
	pub pol: TargetRange,
	/// The range of the ATL target (the rest of the other two).
	pub atl: TargetRange,
	/// Demand is growing (or falling) when a period's is above (or below) its average by more
	/// than this share of the average.
	pub demand_band: Permill,
	/// Engagement is slumping when a period's active accounts are below their average by more
	/// than this share of it.
	pub engagement_band: Permill,
	/// The price is volatile when its average moved by more than this over the period, or the
	/// operators' price is further than this from it.
	pub swing: Permill,
	/// The lowest the buy-back discount goes while engagement and velocity are low.
	pub min_discount: Permill,
	/// Periods the metrics' averages span: each period moves them by `2 / (periods + 1)` of the
	/// gap.
	pub average_periods: u32,
}

/// Who moves the targets: the rules, nobody (frozen), or governance's fixed values.
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
pub enum SteeringMode {
	/// The rules move them each period.
	#[default]
	Rules,
	/// They stay where they are.
	Frozen,
	/// Governance set them; they stay there.
	Fixed {
		/// The targets.
		targets: Allocation,
		/// The buy-back discount.
		discount: Permill,
		/// The grants line's share.
		grants: Permill,
	},
}

/// The targets and buy-back discount the reserve acts on (until the rules first move them, the
/// policy's own: [`Config::Targets`](crate::Config::Targets) and the buy-back's discount).
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
pub struct Steered {
	/// The allocation the conversion steers towards.
	pub targets: Allocation,
	/// How far under its average the price must be for a buy-back (and over which the
	/// conversion does not sell into the dip).
	pub discount: Permill,
	/// The grants line's share: of each model's quality-weighted demand paid away in a period,
	/// what the line pays its owner at the period's close.
	pub grants: Permill,
}

/// The grants line's policy (`dynamic_params::reserve::Grants`): the share the line pays, and
/// the range the rules move it in (at most 50%, so that demand faked to earn a grant always
/// costs at least twice what it earns).
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
pub struct GrantsPolicy {
	/// The policy's own share, which the rules start from and return towards.
	pub share: Permill,
	/// The range the rules keep the share in.
	pub range: TargetRange,
}

/// A model's demand paid away in a period, for the grants line; a report in a later period
/// starts it again.
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
pub struct ModelDemand {
	/// The period it belongs to.
	pub period: u32,
	/// Its settled jobs' and on-chain sales' demand paid away in that period, in ATL.
	pub paid_away: Balance,
}

/// What a period's grants line paid.
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
pub struct GrantsReport<BlockNumber> {
	/// The period that closed.
	pub period: u32,
	/// The block.
	pub at: BlockNumber,
	/// The share in force over the period.
	pub share: Permill,
	/// What the line came to: the share of each earning model's quality-weighted demand paid
	/// away, summed.
	pub line: Balance,
	/// What it paid: the line, scaled down to the period's ATL inflow if that was less.
	pub paid: Balance,
	/// Models paid.
	pub models: u32,
	/// The reserve's aUSD was below its runway floor: the infrastructure budget comes first,
	/// and the line paid nothing.
	pub below_floor: bool,
}

/// What the chain counted in the current period.
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
pub struct PeriodActivity {
	/// Compute units of settled jobs.
	pub units: u64,
	/// Demand in ATL: base fees of settled jobs and on-chain sales (a sale in aUSD counted at
	/// the average price).
	pub demand: Balance,
	/// Of it, what left every party's control (the reserve's share, less the checkers', and
	/// the burn), in ATL: demand as no one can fake it by paying themselves. The demand rule
	/// reads it.
	pub paid_away: Balance,
	/// Distinct accounts that requested compute, bought, sold, voted or staked.
	pub engaged: u32,
	/// The average price when the period began (`None` before the pool had a price).
	pub price_mark: Option<Price>,
	/// The count began when the period did (not part-way, as after the upgrade that added it):
	/// only a whole period's count enters the averages.
	pub whole: bool,
}

/// The metrics' averages over past periods.
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
pub struct MetricAverages {
	/// Demand a period, in ATL.
	pub demand: Balance,
	/// Demand paid away a period, in ATL.
	pub paid_away: Balance,
	/// Active accounts a period, in thousandths (so that a rise of one account registers).
	pub engaged_milli: u64,
	/// Periods averaged so far.
	pub periods: u32,
}

impl MetricAverages {
	/// Active accounts a period, to the nearest.
	pub fn engaged(&self) -> u32 {
		u32::try_from(self.engaged_milli.saturating_add(500) / 1_000).unwrap_or(u32::MAX)
	}
}

/// One style's demand, rolled forward lazily: a report in a later period first folds the
/// periods since into the average.
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
pub struct StyleDemand {
	/// The period `units` and `demand` belong to.
	pub period: u32,
	/// Compute units of its models' settled jobs in that period, each model's split evenly
	/// over its styles.
	pub units: u64,
	/// Demand in ATL in that period, split the same way.
	pub demand: Balance,
	/// The average demand a period before it.
	pub average: Balance,
}

/// What a period's steering read.
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
pub struct SteeringInputs {
	/// The period's demand paid away (to the reserve and the burn), in ATL.
	pub paid_away: Balance,
	/// Its average before the period.
	pub paid_away_average: Balance,
	/// The period's demand, in ATL (for the record: the rule reads what was paid away).
	pub demand: Balance,
	/// The period's active accounts.
	pub engaged: u32,
	/// Their average before the period, in thousandths.
	pub engaged_average_milli: u64,
	/// The period's velocity.
	pub velocity: Perbill,
	/// How far the average price moved over the period.
	pub drift: Permill,
	/// How far the operators' price is from the average (`None`: no fresh value).
	pub external_gap: Option<Permill>,
	/// The reserve's aUSD was below its runway floor at the close.
	pub below_floor: bool,
}

/// Which way a rule moved a target.
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
pub enum Signal {
	/// Above its band: demand growing, the price volatile, engagement and velocity low
	/// (grants: engagement low).
	Up,
	/// Below its band (demand falling; grants: the reserve below its runway floor).
	Down,
	/// Inside it: the target returns towards the policy's own by a step.
	Neutral,
	/// No average yet (the first period): nothing moves.
	Unknown,
}

/// What each rule read from the inputs.
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
pub struct Signals {
	/// Demand: `Up` deepens liquidity (POL up a step), `Down` makes it shallower.
	pub demand: Signal,
	/// The price: `Up` (volatile) holds more aUSD.
	pub price: Signal,
	/// Engagement and velocity: `Up` (both low) lowers the buy-back discount a step, so that
	/// buy-backs start at a smaller dip.
	pub slump: Signal,
	/// The grants line: `Down` (the reserve below its runway floor) lowers its share a step;
	/// `Up` (engagement low) raises it a step, to keep the models the community uses improving
	/// while it thins.
	pub grants: Signal,
}

/// The last period's steering, for the status.
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
pub struct SteeringReport<BlockNumber> {
	/// The period that closed.
	pub period: u32,
	/// The block.
	pub at: BlockNumber,
	/// What it read.
	pub inputs: SteeringInputs,
	/// What the rules made of it.
	pub signals: Signals,
	/// Who moved the targets.
	pub mode: SteeringMode,
	/// The targets and discount from the next period on.
	pub steered: Steered,
}

/// The chain's metrics, the steering and one style's demand, for the `oracle_metrics` method.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct MetricsStatus<BlockNumber> {
	/// The current period.
	pub period: u32,
	/// The block the next period begins.
	pub next_period_at: BlockNumber,
	/// What the chain counted so far this period (its active accounts included).
	pub activity: PeriodActivity,
	/// Velocity so far this period.
	pub velocity: Perbill,
	/// The averages of past periods.
	pub averages: MetricAverages,
	/// Each style's demand, rolled to the current period (`(style, record)`).
	pub styles: alloc::vec::Vec<(atelier_primitives::models::StyleId, StyleDemand)>,
	/// The operators' price of ATL, as a pool price (`None`: no fresh value).
	pub external_price: Option<Price>,
	/// Who moves the targets.
	pub mode: SteeringMode,
	/// The targets and discount in force.
	pub steered: Steered,
	/// The policy's own targets and discount, which the rules return towards.
	pub base: Steered,
	/// The last period's steering.
	pub last: Option<SteeringReport<BlockNumber>>,
	/// The period's most demanded models so far and their demand paid away (in ATL), which
	/// the grants line pays at the close if they earn.
	pub leaders: alloc::vec::Vec<(atelier_primitives::models::ModelId, Balance)>,
	/// The last period's grants line.
	pub last_grants: Option<GrantsReport<BlockNumber>>,
	/// ATL the grants line paid since it began.
	pub total_granted: Balance,
}
