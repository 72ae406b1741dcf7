//! # Reserve
//!
//! The treasury reserve's policy. The reserve account receives the protocol's fee shares (compute
//! settlement, royalties, slashes, rounding dust) and holds aUSD and protocol-owned liquidity
//! (POL) in the ATL/aUSD pool of `pallet-asset-conversion`. This pallet:
//!
//! - **samples the pool price** at the start of every block (the previous block's closing price,
//!   before any trade of the block) into an exponential moving average
//!   ([`PriceGuard::average_blocks`]); every swap the reserve makes is refused while the spot
//!   price is further than [`PriceGuard::band`] from the average, so a price pushed within one
//!   block triggers nothing;
//! - **each period** ([`Config::Period`] blocks), in its block's `on_initialize`, bounded by
//!   [`Config::MaxBudgetLines`]:
//!   1. pays the **infrastructure budget** ([`Pallet::set_budget_line`], aUSD a day, paid for
//!      the blocks the period lasted) in aUSD, arrears first;
//!      what it cannot pay is recorded as arrears and reported ([`Event::BudgetShortfall`]);
//!   2. **converts** [`Config::ConversionShare`] of the ATL that arrived since the last period to
//!      aUSD and POL, towards [`Config::Targets`], guarded, with a bounded slippage;
//!   3. **buys back** ATL with aUSD while velocity (ATL volume through compute settlement and
//!      marketplace sales, over circulating supply) is below [`BuyBackPolicy::velocity_below`]
//!      and the price is below its average by [`BuyBackPolicy::discount`], at most
//!      [`BuyBackPolicy::max_per_day`] (a rate over the period's blocks) and the pool's fee
//!      share of its aUSD side, at a price no higher than the average less the discount, never
//!      below the runway floor ([`BuyBackPolicy::runway_days`] days of budget); the ATL is
//!      burned or pooled.
//!
//!   Every step emits an event with its amounts and the prices it used; a step that does
//!   nothing says why ([`Event::StepSkipped`]).
//!
//! Grants (one-off spends) are `pallet-treasury`'s, paid from the reserve account through
//! [`ReservePay`], which never takes the aUSD below the runway floor.
//!
//! `docs/pallets/reserve.md` gives every formula and parameter with its value and reason, and
//! the attacks with their tests.

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

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod exchange;
pub mod features;
mod impl_metrics;
mod impl_observer;
mod impl_pay;
pub mod impl_pool;
pub mod migrations;
#[cfg(test)]
mod mock;
pub mod pool;
#[cfg(feature = "std")]
pub mod testing;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use impl_pay::ReservePay;
pub use pallet::*;
pub use pool::Pool;
pub use types::*;
pub use weights::WeightInfo;

/// The log target of this pallet.
pub const LOG_TARGET: &str = "runtime::reserve";

// FRAME's pallet macro expands `expect`s (storage and error metadata) into this module.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use atelier_primitives::Balance;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{Perbill, Permill};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native token (ATL): burned after a buy-back.
		type Currency: fungible::Mutate<Self::AccountId, Balance = Balance>;
		/// The stablecoin (aUSD) as one fungible.
		type Stable: fungible::Mutate<Self::AccountId, Balance = Balance>;
		/// The ATL/aUSD pool: its reserves, swaps and liquidity.
		type Pool: Pool<Self::AccountId>;
		/// The protocol's purse, which names the reserve's account (every pallet pays the reserve
		/// through it).
		type Purse: atelier_primitives::purse::ProtocolReserve<Self::AccountId>;
		/// Who sets the infrastructure budget, and the most aUSD a day the whole budget may pay
		/// when it does (the runtime derives it from the treasury's spend limit).
		type BudgetOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Balance>;

		/// Blocks in a day: budget lines and the buy-back bound are rates per day.
		#[pallet::constant]
		type BlocksPerDay: Get<BlockNumberFor<Self>>;

		// Economic parameters (the runtime reads them from `pallet-parameters`).
		/// Blocks per period.
		type Period: Get<BlockNumberFor<Self>>;
		/// The moving average's span, the guard's band and the slippage of reserve swaps.
		type Guard: Get<PriceGuard>;
		/// The allocation the reserve steers towards.
		type Targets: Get<Allocation>;
		/// The share of each period's ATL inflow converted to aUSD and POL.
		type ConversionShare: Get<Permill>;
		/// When and how much the reserve buys back.
		type BuyBack: Get<BuyBackPolicy>;
		/// The rules that move the targets and the buy-back discount each period.
		type Rules: Get<SteeringPolicy>;
		/// Who freezes the rules or fixes the targets ([`Pallet::set_steering`]).
		type SteeringOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Models' styles, which demand is counted by.
		type Styles: atelier_primitives::models::ModelStyles;
		/// ATL's price from the oracle operators, as a pool price (aUSD units per ATL unit),
		/// while it is fresh.
		type ExternalPrice: Get<Option<Price>>;
		/// The grants line's share and its range.
		type Grants: Get<GrantsPolicy>;
		/// Who the grants line pays for a model, and the quality it weighs the model's demand
		/// by (provenance and the operators' feeds in the runtime).
		type Quality: atelier_primitives::oracle::GrantQuality<Self::AccountId>;

		// Bounds (compile-time: changing them would need a migration).
		/// The most lines the budget has.
		#[pallet::constant]
		type MaxBudgetLines: Get<u32>;
		/// The most models a period's grants line pays: the period's most demanded.
		#[pallet::constant]
		type MaxGrantModels: Get<u32>;

		/// Weights of the dispatchables and the hook, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up the benchmarks' worst cases in the runtime.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The infrastructure budget: who is paid how much aUSD each period, and what is owed.
	#[pallet::storage]
	pub type Budget<T: Config> =
		StorageValue<_, BoundedVec<BudgetLine<T::AccountId>, T::MaxBudgetLines>, ValueQuery>;

	/// The pool price's last sample and moving average (`None` until a block sees the pool).
	#[pallet::storage]
	pub type PriceState<T: Config> = StorageValue<_, PriceRecord<BlockNumberFor<T>>, OptionQuery>;

	/// The current period.
	#[pallet::storage]
	pub type CurrentPeriod<T: Config> =
		StorageValue<_, PeriodRecord<BlockNumberFor<T>>, ValueQuery>;

	/// Running totals since genesis.
	#[pallet::storage]
	pub type RunningTotals<T: Config> = StorageValue<_, Totals, ValueQuery>;

	/// The last budget payment.
	#[pallet::storage]
	pub type LastBudget<T: Config> = StorageValue<_, BudgetReport<BlockNumberFor<T>>, OptionQuery>;

	/// The last buy-back.
	#[pallet::storage]
	pub type LastBuyBack<T: Config> =
		StorageValue<_, BuyBackReport<BlockNumberFor<T>>, OptionQuery>;

	/// What the chain counted so far this period (demand, active accounts) and the average
	/// price it began at.
	#[pallet::storage]
	pub type Activity<T: Config> = StorageValue<_, PeriodActivity, ValueQuery>;

	/// The averages of past periods' demand and active accounts.
	#[pallet::storage]
	pub type Averages<T: Config> = StorageValue<_, MetricAverages, ValueQuery>;

	/// The last period each account was counted active in: an account counts once a period,
	/// however often it acts, at a read and (the first time) a write. One entry per account
	/// that has been active, each made by a transaction of a funded account. An exact count, not
	/// a sketch: a probabilistic count can be inflated by grinding keys for rare hashes.
	#[pallet::storage]
	pub type Engaged<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32>;

	/// Demand per style (the provenance pallet bounds the styles), rolled forward when touched.
	#[pallet::storage]
	pub type StyleDemands<T: Config> =
		StorageMap<_, Twox64Concat, atelier_primitives::models::StyleId, StyleDemand, ValueQuery>;

	/// Who moves the targets.
	#[pallet::storage]
	pub type Mode<T: Config> = StorageValue<_, SteeringMode, ValueQuery>;

	/// The targets and buy-back discount in force, once the rules or governance moved them
	/// (`None`: the policy's own).
	#[pallet::storage]
	pub type SteeredNow<T: Config> = StorageValue<_, Steered, OptionQuery>;

	/// The last period's steering: what it read and what it set.
	#[pallet::storage]
	pub type LastSteering<T: Config> =
		StorageValue<_, SteeringReport<BlockNumberFor<T>>, OptionQuery>;

	/// Each model's demand paid away in the period it was last reported in (the grants line
	/// weighs it). One entry per model ever demanded; a model is registered for a deposit.
	#[pallet::storage]
	pub type ModelDemands<T: Config> =
		StorageMap<_, Twox64Concat, atelier_primitives::models::ModelId, ModelDemand, ValueQuery>;

	/// The period's most demanded models (by demand paid away) and their demand, at most
	/// [`Config::MaxGrantModels`]: the grants line pays these at the close. Kept exact as
	/// reports arrive: a model outside the list has no more demand than the list's least.
	#[pallet::storage]
	pub type Leaders<T: Config> = StorageValue<
		_,
		BoundedVec<(atelier_primitives::models::ModelId, Balance), T::MaxGrantModels>,
		ValueQuery,
	>;

	/// The last period's grants line.
	#[pallet::storage]
	pub type LastGrants<T: Config> = StorageValue<_, GrantsReport<BlockNumberFor<T>>, OptionQuery>;

	/// ATL the grants line paid since it began (kept apart from [`RunningTotals`], whose shape
	/// the reserve's runtime API returns).
	#[pallet::storage]
	pub type TotalGranted<T: Config> = StorageValue<_, Balance, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Budget lines from genesis: `(recipient, aUSD a day)`.
		pub budget: alloc::vec::Vec<(T::AccountId, Balance)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, per_day) in &self.budget {
				Pallet::<T>::do_set_budget_line(who.clone(), *per_day, Balance::MAX)
					.expect("genesis budget lines are distinct, above the minimum and bounded");
			}
			// The pool's genesis (asset conversion's, built before this one) minted the
			// reserve's first LP tokens: the POL starts here.
			Pallet::<T>::start_genesis();
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` is paid `per_day` aUSD a day.
		BudgetLineSet {
			/// The recipient.
			who: T::AccountId,
			/// aUSD a day.
			per_day: Balance,
		},
		/// `who` is no longer paid; its arrears were dropped.
		BudgetLineRemoved {
			/// The former recipient.
			who: T::AccountId,
			/// The arrears dropped.
			arrears_forgiven: Balance,
		},
		/// Period `index` ended at block `at` and the next began.
		PeriodClosed {
			/// The period that ended.
			index: u32,
			/// ATL that arrived during it, with the inflow earlier periods carried
			/// ([`SkipReason::carries_inflow`]).
			inflow: Balance,
			/// ATL volume through compute settlement and sales in ATL.
			volume: Balance,
			/// Circulating supply: total issuance less the reserve's ATL.
			circulating: Balance,
			/// `volume` as a rate a day, over `circulating`.
			velocity: Perbill,
		},
		/// The budget was paid (first thing in the period).
		BudgetPaid {
			/// The period.
			period: u32,
			/// aUSD paid.
			paid: Balance,
			/// aUSD due but not paid.
			shortfall: Balance,
		},
		/// `who` was not paid `unpaid` aUSD of what it was due: recorded as arrears.
		BudgetShortfall {
			/// The period.
			period: u32,
			/// The recipient.
			who: T::AccountId,
			/// What was not paid.
			unpaid: Balance,
		},
		/// ATL inflow was converted: `atl_sold` for `stable_received`, then `pol_atl` ATL and
		/// `pol_stable` aUSD added to the pool for `lp_minted` LP tokens.
		Converted {
			/// The period.
			period: u32,
			/// ATL sold.
			atl_sold: Balance,
			/// aUSD received.
			stable_received: Balance,
			/// ATL added to the pool.
			pol_atl: Balance,
			/// aUSD added to the pool.
			pol_stable: Balance,
			/// LP tokens received.
			lp_minted: Balance,
			/// The spot price the swap was guarded with.
			spot: Price,
			/// The average it was compared to.
			average: Price,
		},
		/// ATL was bought back with aUSD.
		BoughtBack {
			/// The period.
			period: u32,
			/// aUSD spent (with the aUSD side of the liquidity for POL).
			stable_spent: Balance,
			/// ATL bought.
			atl_bought: Balance,
			/// What it became.
			destination: BuyBackDestination,
			/// LP tokens received (POL).
			lp_minted: Balance,
			/// The period's velocity.
			velocity: Perbill,
			/// The spot price.
			spot: Price,
			/// The average.
			average: Price,
		},
		/// The period's metrics closed and the targets for the next period were set.
		Steered {
			/// The period that closed.
			period: u32,
			/// What the rules read.
			inputs: SteeringInputs,
			/// What they made of it.
			signals: Signals,
			/// Who moved the targets (the rules, or nobody: frozen or fixed).
			mode: SteeringMode,
			/// The targets and discount from now on.
			steered: Steered,
		},
		/// The grants line paid `amount` ATL to `owner` for `model`'s quality-weighted demand
		/// paid away in the period.
		GrantPaid {
			/// The period that closed.
			period: u32,
			/// The model.
			model: atelier_primitives::models::ModelId,
			/// Its owner, paid.
			owner: T::AccountId,
			/// Its quality, parts per million.
			quality: u32,
			/// Its demand paid away in the period.
			paid_away: Balance,
			/// ATL paid.
			amount: Balance,
		},
		/// The period's grants line closed.
		Granted {
			/// The period that closed.
			period: u32,
			/// The share in force over the period.
			share: Permill,
			/// What the line came to.
			line: Balance,
			/// What it paid (the line, scaled to the period's ATL inflow if less).
			paid: Balance,
			/// Models paid.
			models: u32,
			/// The reserve's aUSD was below its runway floor: nothing was paid.
			below_floor: bool,
		},
		/// Governance set who moves the targets.
		SteeringSet {
			/// The rules, frozen, or fixed targets (in force at once).
			mode: SteeringMode,
		},
		/// A step of the period did nothing, and why.
		StepSkipped {
			/// The period.
			period: u32,
			/// The step.
			step: Step,
			/// Why.
			reason: SkipReason,
			/// The spot price, if sampled.
			spot: Option<Price>,
			/// The average, if sampled.
			average: Option<Price>,
			/// The period's velocity.
			velocity: Perbill,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The budget has [`Config::MaxBudgetLines`] lines already.
		TooManyLines,
		/// A budget line pays at least the stablecoin's minimum balance.
		BelowMinimum,
		/// The account has no budget line to remove.
		NotInBudget,
		/// A grant in aUSD would take the reserve below the runway floor.
		BelowRunwayFloor,
		/// The budget would pay more a day than the origin may commit: a smaller line, or Root.
		OverSpendLimit,
		/// Fixed targets must add up to 100%.
		TargetsNotWhole,
		/// A fixed buy-back discount must be above zero and inside the price guard's band.
		DiscountOutsideBand,
		/// A fixed grants share must be at most the grants range's top.
		GrantsOutsideRange,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Samples the pool price; at a period's end, runs the period (bounded by
		/// [`Config::MaxBudgetLines`]). Charged the costlier of a period that converts and one
		/// that buys back, at the budget's length.
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			Self::sample_price(n);
			let mut weight = T::WeightInfo::on_initialize_sample();
			if Self::period_due(n) {
				let lines = Budget::<T>::decode_len().unwrap_or(0) as u32;
				let granted = Self::run_period(n);
				weight = weight.saturating_add(
					T::WeightInfo::on_period_convert(lines)
						.max(T::WeightInfo::on_period_buyback(lines)),
				);
				weight = weight.saturating_add(granted);
			}
			weight
		}

		fn integrity_test() {
			assert!(T::MaxBudgetLines::get() > 0, "the budget must hold a line");
			assert!(T::BlocksPerDay::get() > 0u32.into(), "a day lasts a block at least");
			Self::check_policy().expect("the default reserve policy is consistent");
			Self::check_rules().expect("the default steering rules are consistent");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Pays `who` `per_day` aUSD a day from the stablecoin reserve, first thing in each
		/// period, for the blocks the period lasted; `per_day` zero removes its line (and drops
		/// its arrears). Replacing a line keeps its arrears.
		///
		/// - Origin: [`Config::BudgetOrigin`], whose success is the most aUSD a day the whole
		///   budget may pay.
		/// - Errors: [`Error::TooManyLines`], [`Error::BelowMinimum`] (a non-zero amount below
		///   the stablecoin's minimum balance), [`Error::NotInBudget`] (removing a line that is
		///   not there), [`Error::OverSpendLimit`] (the budget would pay more a day than the
		///   origin may commit).
		/// - Emits: [`Event::BudgetLineSet`] or [`Event::BudgetLineRemoved`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_budget_line())]
		pub fn set_budget_line(
			origin: OriginFor<T>,
			who: T::AccountId,
			per_day: Balance,
		) -> DispatchResult {
			let limit = T::BudgetOrigin::ensure_origin(origin)?;
			Self::do_set_budget_line(who, per_day, limit)
		}

		/// Sets who moves the reserve's targets, buy-back discount and grants share: the rules
		/// (each period, within [`Config::Rules`]' and [`Config::Grants`]' ranges), nobody
		/// (`Frozen`: they stay where they are), or governance (`Fixed`: these values, in force
		/// at once and until the next call).
		///
		/// - Origin: [`Config::SteeringOrigin`].
		/// - Errors: [`Error::TargetsNotWhole`] (fixed targets that do not add up to 100%),
		///   [`Error::DiscountOutsideBand`] (a fixed discount of zero, or not inside the price
		///   guard's band, where no buy-back could pass the guard),
		///   [`Error::GrantsOutsideRange`] (a fixed grants share above the grants range's top,
		///   which bounds what faked demand can earn; zero stops the line).
		/// - Emits: [`Event::SteeringSet`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_steering())]
		pub fn set_steering(origin: OriginFor<T>, mode: SteeringMode) -> DispatchResult {
			T::SteeringOrigin::ensure_origin(origin)?;
			Self::do_set_steering(mode)
		}
	}
}
