//! The native token (ATL, `pallet-balances`) and transaction fees (`pallet-transaction-payment`).
//!
//! Fee = length fee + weight fee x multiplier + tip. The multiplier follows block fullness
//! (Polkadot's slow-adjusting rule), so fees rise only while blocks stay more than a quarter full.
//! Fees are burnt: the reserve's inflow is the protocol's shares, and a burnt fee funds nobody's
//! spam (`docs/architecture.md` explains the choice).

use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8, VariantCountOf},
	weights::{
		constants::ExtrinsicBaseWeight, WeightToFeeCoefficient, WeightToFeeCoefficients,
		WeightToFeePolynomial,
	},
	PalletId,
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use smallvec::smallvec;
use sp_runtime::{
	traits::{AccountIdConversion, Bounded},
	FixedPointNumber, Perbill, Perquintill,
};

use super::super::{
	AccountId, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	System,
};
use atelier_primitives::currency::{EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT};

/// The treasury reserve's pallet id. Its account receives the reserve's share of compute fees
/// and of every sale's royalties, rounding dust, slashes and rejected dispute deposits, and
/// holds the reserve's aUSD from genesis.
pub const RESERVE_PALLET_ID: PalletId = PalletId(*b"atl/resv");

parameter_types! {
	pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
	/// The treasury reserve's account (see [`RESERVE_PALLET_ID`]).
	pub ReserveAccount: AccountId = RESERVE_PALLET_ID.into_account_truncating();
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	/// Dust (a balance that falls below the existential deposit) is burnt.
	type DustRemoval = ();
	type ExistentialDeposit = ExistentialDeposit;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

/// The one door for the protocol's money: every Atelier pallet releases, pays and burns what it
/// holds through it, and reads the reserve's account from it.
impl pallet_purse::Config for Runtime {
	type Currency = Balances;
	type ReserveAccount = ReserveAccount;
}

/// Maps weight to fee linearly: the base weight of an extrinsic costs 0.0001 ATL.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLI_UNIT / 10;
		// The base weight is never zero; were it, the fee would be `p` per unit of weight.
		let q = Balance::from(ExtrinsicBaseWeight::get().ref_time()).max(1);
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p.checked_rem(q).unwrap_or(0), q),
			coeff_integer: p.checked_div(q).unwrap_or(0),
		}]
	}
}

parameter_types! {
	/// 0.000001 ATL a byte: a balance transfer (about 150 bytes) pays about 0.00015 ATL for
	/// its length.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
	/// The fullness the fee multiplier steers blocks to.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How fast the multiplier moves: Polkadot's value, about 2x a day under full blocks.
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below a tenth of their base level, however empty the blocks.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// Polkadot's slow-adjusting fee multiplier.
pub type SlowAdjustingFeeUpdate<R> = TargetedFeeAdjustment<
	R,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees and tips are withdrawn from the sender and burnt (the credit is dropped).
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type WeightToFee = WeightToFee;
	type LengthToFee = frame_support::weights::ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Self>;
	/// Operational extrinsics get five times the priority per fee unit.
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
