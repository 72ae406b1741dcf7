//! A test runtime: System, Balances, Nfts and Provenance, with attestation, receipts and royalties
//! stood in by simple implementations the tests steer.

use crate as pallet_provenance;
use crate::*;
use atelier_primitives::provenance::SettledReceipt;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, ConstU64},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_nfts::PalletFeatures;
use sp_core::H256;
use sp_runtime::{
	testing::{TestSignature, UintAuthorityId},
	BuildStorage, DispatchError, DispatchResult, Perbill,
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
	pub type Provenance = pallet_provenance;
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
	type ItemDeposit = ConstU64<ITEM_DEPOSIT>;
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

parameter_types! {
	/// Datasets attestation has not cleared.
	pub static Unattested: Vec<DatasetId> = Vec::new();
	/// Models attestation has not cleared (no bond, or challenged).
	pub static UnclearedModels: Vec<ModelId> = Vec::new();
	/// Settled receipts the compute market reports.
	pub static Receipts: Vec<(JobId, SettledReceipt<AccountId>)> = Vec::new();
	/// Royalty policies registered: output, creator, model, parents, creator's share.
	pub static Policies: Vec<(OutputId, AccountId, ModelId, Vec<OutputId>, Perbill)> = Vec::new();
	pub const ProvenancePalletId: PalletId = PalletId(*b"atl/prov");
	/// `COLLECTION_DEPOSIT` in every test chain [`ExtBuilder`] builds. It is zero only for
	/// `construct_runtime`'s own `test_genesis_config_builds`, which builds the default genesis
	/// (no balances at all): free collections let that default build, while every test here
	/// pays for its collections and a genesis that cannot must fail.
	pub static NftsCollectionDeposit: Balance = 0;
	/// The least share a model gives its datasets, and a fine-tune its base model.
	pub const MinUpstreamShare: Perbill = Perbill::from_percent(5);
}

/// Attestation clears every dataset but those in [`Unattested`], and every model but those in
/// [`UnclearedModels`].
pub struct MockAttestation;
impl DatasetAttestation for MockAttestation {
	fn is_cleared(dataset: &DatasetId, _purpose: Purpose) -> bool {
		!Unattested::get().contains(dataset)
	}
	fn model_cleared(model: &ModelId) -> bool {
		!UnclearedModels::get().contains(model)
	}
}

/// The compute market's settled receipts, from [`Receipts`].
pub struct MockReceipts;
impl ComputeReceipts<AccountId> for MockReceipts {
	fn settled_receipt(job: &JobId) -> Option<SettledReceipt<AccountId>> {
		Receipts::get()
			.into_iter()
			.find(|(id, _)| id == job)
			.map(|(_, receipt)| receipt)
	}
}

/// The royalties pallet's cap: a creator's share above [`MAX_CREATOR_SHARE`] is refused.
pub struct MockRoyalties;
impl RoyaltyPolicies<AccountId> for MockRoyalties {
	fn register(
		output: &OutputId,
		creator: &AccountId,
		model: &ModelId,
		parents: &[OutputId],
		creator_share: Perbill,
	) -> DispatchResult {
		if creator_share > MAX_CREATOR_SHARE {
			return Err(DispatchError::Other("royalty stack above the cap"));
		}
		Policies::mutate(|p| p.push((*output, *creator, *model, parents.to_vec(), creator_share)));
		Ok(())
	}
}

impl Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Nfts = Nfts;
	type PalletId = ProvenancePalletId;
	type RecordDeposit = ConstU64<RECORD_DEPOSIT>;
	type MinDatasetShare = MinUpstreamShare;
	type MinBaseModelShare = MinUpstreamShare;
	type Attestation = MockAttestation;
	type Receipts = MockReceipts;
	type Royalties = MockRoyalties;
	type MaxContributors = ConstU32<4>;
	type MaxDatasets = ConstU32<4>;
	type MaxFineTuners = ConstU32<3>;
	type MaxLicensees = ConstU32<8>;
	type MaxModelGenerations = ConstU32<3>;
	type MaxPrompts = ConstU32<4>;
	type MaxParents = ConstU32<3>;
	type MaxLineageDepth = ConstU32<6>;
	type MaxLineageNodes = ConstU32<16>;
	type StyleOrigin = frame_system::EnsureRoot<AccountId>;
	type MaxStyles = ConstU32<4>;
	type MaxStyleNameLen = ConstU32<16>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockReceipts;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for MockReceipts {
	fn settled_job(requester: &AccountId, model: ModelId, output_hash: H256) -> JobId {
		let job = JobId(Receipts::get().len() as u64 + 1000);
		// The receipt commits to the output's hash, as the compute market's do.
		let output_hash = atelier_primitives::compute::output_commitment(job, &output_hash);
		Receipts::mutate(|r| {
			r.push((job, SettledReceipt { requester: *requester, model, output_hash }))
		});
		job
	}
}

pub const COLLECTION_DEPOSIT: Balance = 2;
pub const ITEM_DEPOSIT: Balance = 1;
pub const RECORD_DEPOSIT: Balance = 5;
pub const MAX_CREATOR_SHARE: Perbill = Perbill::from_percent(40);
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
pub const POOR: AccountId = 9;
pub const INITIAL: Balance = 1_000;

/// Builds a test chain: funded accounts and the provenance collections from genesis.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		let pallet = Provenance::account_id();
		Self {
			balances: [ALICE, BOB, CHARLIE, DAVE, EVE]
				.into_iter()
				.map(|who| (who, INITIAL))
				.chain([(pallet, 100), (POOR, 3)])
				.collect(),
		}
	}
}

impl ExtBuilder {
	/// A genesis that does not endow the pallet's account, so it cannot pay for its collections.
	pub fn without_pallet_endowment(mut self) -> Self {
		let pallet = Provenance::account_id();
		self.balances.retain(|(who, _)| *who != pallet);
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		NftsCollectionDeposit::set(COLLECTION_DEPOSIT);
		Unattested::take();
		Receipts::take();
		Policies::take();
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: self.balances,
				..Default::default()
			},
			provenance: Default::default(),
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
			Provenance::do_try_state().expect("the pallet's invariants hold");
		});
	}
}

/// A licence that allows every use.
pub fn open_license() -> LicenseTerms {
	LicenseTerms {
		training: Permission::Allowed,
		generative_training: Permission::Allowed,
		inference: Permission::Allowed,
	}
}

/// A hash for test contents.
pub fn hash(n: u8) -> H256 {
	H256::repeat_byte(n)
}
