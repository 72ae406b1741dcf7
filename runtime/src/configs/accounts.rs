//! The account pallets people expect on a Substrate chain: Proxy (a hot key acting for a cold
//! account, limited by kind), Multisig (shared accounts) and Identity (names in wallets and
//! explorers). Deposits follow `atelier_primitives::currency::deposit`: what the storage costs.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{ConstU32, InstanceFilter},
};
use frame_system::EnsureRoot;
use scale_info::TypeInfo;
use sp_runtime::traits::{BlakeTwo256, Verify};

use super::super::{
	AccountId, Balance, Balances, Runtime, RuntimeCall, RuntimeEvent, Signature, System,
};
use atelier_primitives::{currency::deposit, time::DAYS};

/// What a proxy may do for the account it acts for.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Everything.
	#[default]
	Any,
	/// Everything except moving funds (transfers, asset transfers, swaps, purchases, NFTs,
	/// spends) and sudo; staking for reputation is allowed (the stake stays the account's).
	NonTransfer,
	/// A GPU worker's hot key: the compute market's calls only (register, capacity, receipts,
	/// disputes), and batches of them.
	Compute,
	/// A voter's or proposer's hot key: referenda, votes and preimages only, and batches of them.
	Governance,
}

impl ProxyType {
	fn allows_leaf(&self, c: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !matches!(
				c,
				RuntimeCall::Balances(..)
					| RuntimeCall::Assets(..)
					| RuntimeCall::PoolAssets(..)
					| RuntimeCall::AssetConversion(..)
					| RuntimeCall::Nfts(..)
					| RuntimeCall::Royalties(..)
					| RuntimeCall::Treasury(..)
					| RuntimeCall::Sudo(..)
			),
			ProxyType::Compute => matches!(c, RuntimeCall::ComputeMarket(..)),
			ProxyType::Governance => matches!(
				c,
				RuntimeCall::Referenda(..)
					| RuntimeCall::Governance(
						pallet_governance::Call::vote { .. }
							| pallet_governance::Call::remove_vote { .. }
							| pallet_governance::Call::remove_other_vote { .. }
					) | RuntimeCall::Preimage(..)
			),
		}
	}
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, c: &RuntimeCall) -> bool {
		// A batch is allowed when every call in it is; `dispatch_as`, `as_derivative` and the
		// like are never allowed to a limited proxy (they would change what it acts as).
		match c {
			RuntimeCall::Utility(pallet_utility::Call::batch { calls })
			| RuntimeCall::Utility(pallet_utility::Call::batch_all { calls })
			| RuntimeCall::Utility(pallet_utility::Call::force_batch { calls }) => {
				calls.iter().all(|call| self.filter(call))
			},
			RuntimeCall::Utility(..) => *self == ProxyType::Any,
			// A proxy never manages proxies for a limited key: it could grant itself `Any`.
			RuntimeCall::Proxy(..) => *self == ProxyType::Any,
			_ => self.allows_leaf(c),
		}
	}

	fn is_superset(&self, o: &Self) -> bool {
		match (self, o) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::Compute | ProxyType::Governance) => true,
			_ => false,
		}
	}
}

parameter_types! {
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 66);
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// A multisig operation holds an entry of 88 bytes, and 32 more per signatory.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// An identity holds an entry of 258 bytes and its bytes.
	pub const BasicDeposit: Balance = deposit(1, 258);
	pub const ByteDeposit: Balance = deposit(0, 1);
	pub const UsernameDeposit: Balance = deposit(0, 32);
	pub const SubAccountDeposit: Balance = deposit(1, 53);
	pub const MaxAdditionalFields: u32 = 100;
}

impl pallet_identity::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BasicDeposit = BasicDeposit;
	type ByteDeposit = ByteDeposit;
	type UsernameDeposit = UsernameDeposit;
	type SubAccountDeposit = SubAccountDeposit;
	type MaxSubAccounts = ConstU32<100>;
	type IdentityInformation = pallet_identity::legacy::IdentityInfo<MaxAdditionalFields>;
	type MaxRegistrars = ConstU32<20>;
	/// A registrar's slashed deposit is burnt.
	type Slashed = ();
	/// Root (the root track) adds registrars and removes identities by force.
	type ForceOrigin = EnsureRoot<AccountId>;
	type RegistrarOrigin = EnsureRoot<AccountId>;
	type OffchainSignature = Signature;
	type SigningPublicKey = <Signature as Verify>::Signer;
	type UsernameAuthorityOrigin = EnsureRoot<AccountId>;
	type PendingUsernameExpiration = ConstU32<{ 7 * DAYS }>;
	type UsernameGracePeriod = ConstU32<{ 30 * DAYS }>;
	type MaxSuffixLength = ConstU32<7>;
	type MaxUsernameLength = ConstU32<32>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type WeightInfo = pallet_identity::weights::SubstrateWeight<Runtime>;
}
