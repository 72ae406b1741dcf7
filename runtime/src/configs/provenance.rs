//! Provenance (`pallet-provenance`) and royalties (`pallet-royalties`): bounds, deposits, the
//! royalty stack.
//!
//! - Attestation: the attestation pallet clears a dataset for a purpose (a quorum of bonded
//!   attestors; a licence that forbids the purpose never clears) and a model (its owner's bond);
//!   see `attestation.rs`.
//! - Receipts: the compute market answers (its `ComputeReceipts` implementation). A job's record
//!   (and so its receipt) is kept until its challenge period ends: an output is minted from a job
//!   within an hour of its settlement.

#[cfg(feature = "runtime-benchmarks")]
pub mod lineage_fixtures;

use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
	PalletId,
};
use sp_runtime::traits::AccountIdConversion;

use super::{
	super::{AccountId, Assets, Balances, Nfts, Provenance, Runtime, RuntimeHoldReason},
	parameters,
};
use atelier_primitives::{currency::deposit, stablecoin, AssetId};

/// The provenance pallet's id; its account owns the three collections.
pub const PROVENANCE_PALLET_ID: PalletId = PalletId(*b"atl/prov");
/// The royalties pallet's id; its account holds accrued royalties until they are claimed.
pub const ROYALTIES_PALLET_ID: PalletId = PalletId(*b"atl/roya");
/// The model shares pallet's id; its account holds shareholders' income until they claim it.
pub const MODEL_SHARES_PALLET_ID: PalletId = PalletId(*b"atl/shar");

parameter_types! {
	pub const ProvenancePalletId: PalletId = PROVENANCE_PALLET_ID;
	pub const RoyaltiesPalletId: PalletId = ROYALTIES_PALLET_ID;
	/// A record of up to about 2 KiB (an output with 8 parents and 16 prompts, a model with 16
	/// datasets and 32 licensees): one entry and its bytes.
	pub const RecordDeposit: u128 = deposit(1, 2048);
	pub ProvenanceAccount: AccountId = PROVENANCE_PALLET_ID.into_account_truncating();
	pub RoyaltiesAccount: AccountId = ROYALTIES_PALLET_ID.into_account_truncating();
	pub const ModelSharesPalletId: PalletId = MODEL_SHARES_PALLET_ID;
	pub ModelSharesAccount: AccountId = MODEL_SHARES_PALLET_ID.into_account_truncating();
}

impl pallet_provenance::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Nfts = Nfts;
	type PalletId = ProvenancePalletId;
	type RecordDeposit = RecordDeposit;
	type MinDatasetShare = parameters::MinDatasetShare;
	type MinBaseModelShare = parameters::MinBaseModelShare;
	/// Attestation clears datasets (a quorum of bonded attestors) and models (their owner's
	/// bond), and bars whatever a challenge names.
	type Attestation = super::super::Attestation;
	type Receipts = super::super::ComputeMarket;
	type Royalties = super::super::Royalties;
	type MaxContributors = ConstU32<64>;
	type MaxDatasets = ConstU32<16>;
	type MaxFineTuners = ConstU32<8>;
	type MaxLicensees = ConstU32<32>;
	type MaxModelGenerations = ConstU32<8>;
	type MaxPrompts = ConstU32<16>;
	type MaxParents = ConstU32<8>;
	type MaxLineageDepth = ConstU32<16>;
	type MaxLineageNodes = ConstU32<256>;
	/// Root or the economic parameters track adds styles.
	type StyleOrigin = frame_support::traits::EitherOf<
		frame_system::EnsureRoot<AccountId>,
		pallet_governance::EnsureEconomicParameters,
	>;
	/// 256 styles of up to 32 bytes: a registry a community curates, not a tag cloud.
	type MaxStyles = ConstU32<256>;
	type MaxStyleNameLen = ConstU32<32>;
	type WeightInfo = pallet_provenance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = lineage_fixtures::LineageFixtures;
}

/// The least royalty an external sale pays, whatever price its seller declares: one ATL, or one
/// aUSD. An external sale is then never a free transfer; below about 4.5 units (where the
/// 22% stack of a remix reaches one unit) the minimum is what it costs.
pub struct MinExternalRoyalty;
impl sp_runtime::traits::Convert<pallet_royalties::PaymentAsset, u128> for MinExternalRoyalty {
	fn convert(asset: pallet_royalties::PaymentAsset) -> u128 {
		match asset {
			pallet_royalties::PaymentAsset::Native => atelier_primitives::currency::UNIT,
			pallet_royalties::PaymentAsset::Asset(_) => stablecoin::DOLLAR,
		}
	}
}

/// Prices may be set in the stablecoin besides ATL.
pub struct AcceptedAssets;
impl Contains<AssetId> for AcceptedAssets {
	fn contains(id: &AssetId) -> bool {
		*id == stablecoin::ASSET_ID
	}
}

impl pallet_royalties::Config for Runtime {
	type Currency = Balances;
	type Assets = Assets;
	type AcceptedAssets = AcceptedAssets;
	type PalletId = RoyaltiesPalletId;
	type Purse = crate::Purse;
	type Outputs = Provenance;
	type Models = Provenance;
	/// A model owner's part of a sale goes to the model's shareholders once it has issued
	/// shares.
	type Income = super::super::ModelShares;
	/// Reputation credits creation; the reserve counts the ATL volume velocity measures.
	type Observer = (super::super::Reputation, super::super::Reserve);
	/// The reserve's metrics count each sale's demand and its buyer and seller as active.
	type Metrics = super::super::Reserve;
	/// Attestation freezes or burns what a model's outputs accrued when its lineage is
	/// challenged or violated.
	type Gate = super::super::Attestation;
	type MaxRoyaltyStack = parameters::MaxRoyaltyStack;
	type ModelShare = parameters::ModelShare;
	type ParentShare = parameters::ParentShare;
	type ReserveShare = parameters::RoyaltyReserveShare;
	/// Creator, up to 32 model licensees and the parents' recipients, merged: 64 kept.
	type MaxRecipients = ConstU32<64>;
	type MinExternalRoyalty = MinExternalRoyalty;
	type WeightInfo = pallet_royalties::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = lineage_fixtures::LineageFixtures;
}

impl pallet_model_shares::Config for Runtime {
	type Currency = Balances;
	type Assets = Assets;
	/// Offers may be priced in the stablecoin besides ATL.
	type AcceptedAssets = AcceptedAssets;
	type PalletId = ModelSharesPalletId;
	type Models = Provenance;
	/// Attestation freezes a model's income while its lineage is challenged, and burns it (with
	/// the royalty pots) after a violation upheld with burning.
	type Gate = super::super::Attestation;
	/// 10^12 shares at most: the accumulator's rounding bound holds up to `SCALE` shares.
	type MaxSupply = frame_support::traits::ConstU64<1_000_000_000_000>;
	/// 20 000 holders at most: a holding is at least a 20 000th of the supply.
	type MaxHolders = ConstU32<20_000>;
	/// ATL and the stablecoin.
	type MaxAssets = ConstU32<2>;
	type WeightInfo = pallet_model_shares::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = lineage_fixtures::LineageFixtures;
}

/// Opens the model shares pallet's account on a chain that gains the pallet by an upgrade, as
/// genesis opens it on a new chain: the existential deposit in ATL and the stablecoin's minimum
/// balance, so that the pools' payments and payouts never depend on what the account holds
/// besides them. Does nothing where the account is open already.
pub struct OpenModelSharesAccount;

impl frame_support::traits::OnRuntimeUpgrade for OpenModelSharesAccount {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		use frame_support::traits::{
			fungible::{Inspect, Mutate},
			fungibles::{Inspect as AssetsInspect, Mutate as AssetsMutate},
		};
		let account = ModelSharesAccount::get();
		let native = Balances::balance(&account);
		let minimum = Balances::minimum_balance();
		if native < minimum {
			let _ = Balances::mint_into(&account, minimum.saturating_sub(native));
		}
		let usd = stablecoin::ASSET_ID;
		if Assets::asset_exists(usd) {
			let held = Assets::balance(usd, &account);
			if held < stablecoin::MIN_BALANCE {
				let _ =
					Assets::mint_into(usd, &account, stablecoin::MIN_BALANCE.saturating_sub(held));
			}
		}
		<Runtime as frame_system::Config>::DbWeight::get().reads_writes(4, 4)
	}
}
