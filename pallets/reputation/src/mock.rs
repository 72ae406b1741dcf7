//! A test runtime: System, Balances, Nfts and Reputation, with every parameter a static the
//! tests may change (reset by [`ExtBuilder::build`]).

use crate as pallet_reputation;
use crate::*;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, ConstU64},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_nfts::PalletFeatures;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage, Perbill,
};

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Nfts = pallet_nfts;
	#[runtime::pallet_index(3)]
	pub type Reputation = pallet_reputation;
	#[runtime::pallet_index(4)]
	pub type Purse = pallet_purse;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU64<1>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	pub NftFeatures: PalletFeatures = PalletFeatures::all_enabled();
	/// Zero only for `construct_runtime`'s own default-genesis test (no balances at all).
	pub static NftsCollectionDeposit: Balance = 0;
}

impl pallet_nfts::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type CollectionId = u32;
	type ItemId = u32;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Locker = ();
	type CollectionDeposit = NftsCollectionDeposit;
	type ItemDeposit = ConstU64<1>;
	type MetadataDepositBase = ConstU64<1>;
	type AttributeDepositBase = ConstU64<1>;
	type DepositPerByte = ConstU64<1>;
	type StringLimit = ConstU32<50>;
	type KeyLimit = ConstU32<50>;
	type ValueLimit = ConstU32<50>;
	type ApprovalsLimit = ConstU32<10>;
	type ItemAttributesApprovalsLimit = ConstU32<2>;
	type MaxTips = ConstU32<10>;
	type MaxDeadlineDuration = ConstU64<10000>;
	type MaxAttributesPerCall = ConstU32<2>;
	type Features = NftFeatures;
	type OffchainSignature = TestSignature;
	type OffchainPublic = UintAuthorityId;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type Helper = NftsHelper;
	type BlockNumberProvider = System;
}

/// What `pallet-nfts` needs to build its benchmarks against this runtime's test keys.
#[cfg(feature = "runtime-benchmarks")]
pub struct NftsHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_nfts::BenchmarkHelper<u32, u32, UintAuthorityId, AccountId, TestSignature>
	for NftsHelper
{
	fn collection(i: u16) -> u32 {
		i.into()
	}
	fn item(i: u16) -> u32 {
		i.into()
	}
	fn signer() -> (UintAuthorityId, AccountId) {
		(UintAuthorityId(1), 1)
	}
	fn sign(signer: &UintAuthorityId, message: &[u8]) -> TestSignature {
		TestSignature(signer.0, message.to_vec())
	}
}

/// Blocks in a period.
pub const PERIOD: u64 = 10;
/// The stake unit: stake points are the square root of the stake in these.
pub const UNIT: Balance = 100;
pub const LEAST_STAKE: Balance = 1_000;
pub const UNBONDING: u64 = 10;
pub const MATURITY: u64 = 100;
/// One aUSD is worth ten native units, nominally.
pub const USD: AssetId = 1;

pub fn default_rates() -> CreationRates {
	CreationRates {
		compute: Rate { points: 1, per: 10, cap: 100 },
		licensing: Rate { points: 1, per: 100, cap: 100 },
		sales: Rate { points: 1, per: 100, cap: 100 },
		royalties: Rate { points: 1, per: 100, cap: 100 },
		attestations: Rate { points: 50, per: 1, cap: 100 },
	}
}

parameter_types! {
	pub const ReputationPalletId: PalletId = PalletId(*b"atl/repu");
	pub const Reserve: AccountId = RESERVE;
	pub static StakePointsPerRoot: Points = 10;
	pub static StakeMaturity: u64 = MATURITY;
	pub static StakeCreationRatio: u32 = 2;
	pub static MinStake: Balance = LEAST_STAKE;
	pub static UnbondingPeriod: u64 = UNBONDING;
	pub static Rates: CreationRates = default_rates();
	pub static PenaltyPoints: Penalties = Penalties {
		missed_deadline: 10,
		dispute_upheld: 50,
		challenge_upheld: 100,
		violation: 200,
	};
	/// Half the creation points a period, for round numbers.
	pub static CreationRetention: Perbill = Perbill::from_percent(50);
	pub static PenaltyRetention: Perbill = Perbill::from_percent(80);
	pub static TierThresholds: [Points; 3] = [100, 500, 2_000];
	/// Creation counts in the period it is credited (tests of maturity raise it).
	pub static CreationMaturity: u32 = 0;
}

/// Native amounts are their own value; aUSD is worth ten; other assets nothing.
pub struct Nominal;
impl sp_runtime::traits::Convert<(Option<AssetId>, u128), u128> for Nominal {
	fn convert((asset, amount): (Option<AssetId>, u128)) -> u128 {
		match asset {
			None => amount,
			Some(USD) => amount * 10,
			Some(_) => 0,
		}
	}
}

impl Config for Test {
	type Metrics = ();
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Nfts = Nfts;
	type Collections = NftsForceCreate<Test>;
	type PalletId = ReputationPalletId;
	type Purse = Purse;
	type NominalValue = Nominal;
	type StakeUnit = ConstU64<UNIT>;
	type StakePointsPerRoot = StakePointsPerRoot;
	type StakeMaturity = StakeMaturity;
	type StakeCreationRatio = StakeCreationRatio;
	type MinStake = MinStake;
	type UnbondingPeriod = UnbondingPeriod;
	type CreationRates = Rates;
	type Penalties = PenaltyPoints;
	type CreationRetention = CreationRetention;
	type PenaltyRetention = PenaltyRetention;
	type TierThresholds = TierThresholds;
	type CreationMaturity = CreationMaturity;
	type Period = ConstU64<PERIOD>;
	type MaxUnbonding = ConstU32<4>;
	type MaxVoteLocks = ConstU32<3>;
	type WeightInfo = ();
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = Reserve;
}

pub const COLLECTION_DEPOSIT: Balance = 2;
pub const RESERVE: AccountId = 999;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const INITIAL: Balance = 1_000_000;

/// Builds a test chain: funded accounts and the reputation collection from genesis.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
	founders: Vec<(AccountId, Points)>,
	seed_horizon: Points,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: [ALICE, BOB, CHARLIE, DAVE]
				.into_iter()
				.map(|who| (who, INITIAL))
				.chain([(RESERVE, 1)])
				.chain((100..200).map(|sybil| (sybil, INITIAL)))
				.collect(),
			founders: Vec::new(),
			seed_horizon: 0,
		}
	}
}

impl ExtBuilder {
	/// A founding electorate: these seeds, fading out as the community's score reaches
	/// `horizon`.
	pub fn with_founders(mut self, founders: Vec<(AccountId, Points)>, horizon: Points) -> Self {
		self.founders = founders;
		self.seed_horizon = horizon;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		NftsCollectionDeposit::set(COLLECTION_DEPOSIT);
		StakePointsPerRoot::set(10);
		StakeMaturity::set(MATURITY);
		StakeCreationRatio::set(2);
		MinStake::set(LEAST_STAKE);
		UnbondingPeriod::set(UNBONDING);
		Rates::set(default_rates());
		CreationRetention::set(Perbill::from_percent(50));
		PenaltyRetention::set(Perbill::from_percent(80));
		TierThresholds::set([100, 500, 2_000]);
		CreationMaturity::set(0);
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: self.balances,
				..Default::default()
			},
			reputation: pallet_reputation::GenesisConfig {
				founders: self.founders,
				seed_horizon: self.seed_horizon,
			},
		}
		.build_storage()
		.expect("the test genesis builds");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks every invariant of the pallet.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Reputation::do_try_state().expect("the pallet's invariants hold");
		});
	}
}
