//! The account pallets people expect on a Substrate chain: Proxy (a hot key acting for a cold
//! account, limited by kind), Multisig (shared accounts) and Identity (names in wallets and
//! explorers). Deposits follow `atelier_primitives::currency::deposit`: what the storage costs.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{ConstU32, GetCallMetadata, InstanceFilter},
};
use frame_system::EnsureRoot;
use scale_info::TypeInfo;
use sp_runtime::traits::{BlakeTwo256, Verify};

use super::super::{
	AccountId, Balance, Balances, Runtime, RuntimeCall, RuntimeEvent, Signature, System,
};
use atelier_primitives::{currency::deposit, time::DAYS};

/// What a proxy may do for the account it acts for. Each limited type is an allow-list: the
/// calls it may make are named in [`PROXY_CALLS`], every other call is refused. A call added to
/// the runtime without a decision is refused to every limited proxy, and the runtime test
/// `every_call_has_a_proxy_decision` fails until the table names it.
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
	/// The account's own business, never its money: identity, provenance records, a reputation
	/// stake (held, the account's), votes, unlisting, claiming its own royalties. Nothing that
	/// pays anyone or puts money where someone else can take it: a job's escrow and tip, a
	/// purchase, a listing, a transfer, a swap, a judgement fee, sub-account deposits (a sub
	/// takes its deposit when it quits), bonds and deposits a challenge, dispute or kill can take
	/// (attestation, model bonds, worker stakes, referendum deposits); and nothing that acts as
	/// another account (multisig, `dispatch_as`, `as_derivative`).
	NonTransfer,
	/// A GPU worker's hot key: the worker's registration (its stake, which missed deadlines and
	/// upheld disputes can slash: the operator's trust), capacity, pause and resume, leaving and
	/// withdrawing the stake (back to the account), and batches of them. Not a requester's
	/// calls: it submits no job and opens no dispute.
	Compute,
	/// A voter's or proposer's hot key: referenda (their deposits, which a kill burns: the
	/// proposer's trust), votes and preimages only, and batches of them.
	Governance,
}

/// May a `NonTransfer` proxy make the call.
pub const N: u8 = 1;
/// May a `Compute` proxy make the call.
pub const C: u8 = 2;
/// May a `Governance` proxy make the call.
pub const G: u8 = 4;
/// Only `Any` may make the call: it moves money, acts as another account, or needs an origin
/// no proxy has (Root, a track).
pub const ANY_ONLY: u8 = 0;

/// Every call of every pallet, by its metadata name, and the limited proxy types that may make
/// it (`Any` may make every call). Batches (`batch`, `batch_all`, `force_batch`) pass when every
/// call in them passes; proxies themselves are managed by `Any` only (a limited key could grant
/// itself `Any`).
pub const PROXY_CALLS: &[(&str, &[(&str, u8)])] = &[
	(
		"System",
		&[
			("remark", N),
			("remark_with_event", N),
			("set_heap_pages", ANY_ONLY),
			("set_code", ANY_ONLY),
			("set_code_without_checks", ANY_ONLY),
			("set_storage", ANY_ONLY),
			("kill_storage", ANY_ONLY),
			("kill_prefix", ANY_ONLY),
			("authorize_upgrade", ANY_ONLY),
			("authorize_upgrade_without_checks", ANY_ONLY),
			("apply_authorized_upgrade", ANY_ONLY),
		],
	),
	("Timestamp", &[("set", ANY_ONLY)]),
	(
		"Babe",
		&[
			// A report pays only the fee; the offender's bond goes to the reserve.
			("report_equivocation", N),
			("report_equivocation_unsigned", ANY_ONLY),
			("plan_config_change", ANY_ONLY),
		],
	),
	(
		"Session",
		&[
			// Keys the proxy holds would let it equivocate in the principal's name and have its
			// bond slashed; purged keys leave an elected principal unable to author (idle, and
			// slashed). Both are the validator's own trust.
			("set_keys", ANY_ONLY),
			("purge_keys", ANY_ONLY),
		],
	),
	(
		"Validators",
		&[
			// A bond an equivocation by whoever holds the session keys can take.
			("register_candidate", ANY_ONLY),
			("bond_more", ANY_ONLY),
			// Leaving takes the validator out of the set and holds its bond for the unbonding
			// period: the validator's own decision.
			("leave", ANY_ONLY),
			// Back to the account.
			("withdraw_unbonded", N),
		],
	),
	(
		"Grandpa",
		&[
			("report_equivocation", N),
			("report_equivocation_unsigned", ANY_ONLY),
			("note_stalled", ANY_ONLY),
		],
	),
	(
		"Balances",
		&[
			("transfer_allow_death", ANY_ONLY),
			("force_transfer", ANY_ONLY),
			("transfer_keep_alive", ANY_ONLY),
			("transfer_all", ANY_ONLY),
			("force_unreserve", ANY_ONLY),
			("upgrade_accounts", ANY_ONLY),
			("force_set_balance", ANY_ONLY),
			("force_adjust_total_issuance", ANY_ONLY),
			("burn", ANY_ONLY),
		],
	),
	("Assets", ASSETS_CALLS),
	("PoolAssets", ASSETS_CALLS),
	(
		"Nfts",
		&[
			("create", ANY_ONLY),
			("force_create", ANY_ONLY),
			("destroy", ANY_ONLY),
			("mint", ANY_ONLY),
			("force_mint", ANY_ONLY),
			("burn", ANY_ONLY),
			("transfer", ANY_ONLY),
			("redeposit", ANY_ONLY),
			("lock_item_transfer", ANY_ONLY),
			("unlock_item_transfer", ANY_ONLY),
			("lock_collection", ANY_ONLY),
			("transfer_ownership", ANY_ONLY),
			("set_team", ANY_ONLY),
			("force_collection_owner", ANY_ONLY),
			("force_collection_config", ANY_ONLY),
			("approve_transfer", ANY_ONLY),
			("cancel_approval", ANY_ONLY),
			("clear_all_transfer_approvals", ANY_ONLY),
			("lock_item_properties", ANY_ONLY),
			("set_attribute", ANY_ONLY),
			("force_set_attribute", ANY_ONLY),
			("clear_attribute", ANY_ONLY),
			("approve_item_attributes", ANY_ONLY),
			("cancel_item_attributes_approval", ANY_ONLY),
			("set_metadata", ANY_ONLY),
			("clear_metadata", ANY_ONLY),
			("set_collection_metadata", ANY_ONLY),
			("clear_collection_metadata", ANY_ONLY),
			("set_accept_ownership", ANY_ONLY),
			("set_collection_max_supply", ANY_ONLY),
			("update_mint_settings", ANY_ONLY),
			("set_price", ANY_ONLY),
			("buy_item", ANY_ONLY),
			("pay_tips", ANY_ONLY),
			("create_swap", ANY_ONLY),
			("cancel_swap", ANY_ONLY),
			("claim_swap", ANY_ONLY),
			("mint_pre_signed", ANY_ONLY),
			("set_attributes_pre_signed", ANY_ONLY),
		],
	),
	(
		"AssetConversion",
		&[
			("create_pool", ANY_ONLY),
			("add_liquidity", ANY_ONLY),
			("remove_liquidity", ANY_ONLY),
			("swap_exact_tokens_for_tokens", ANY_ONLY),
			("swap_tokens_for_exact_tokens", ANY_ONLY),
			("touch", ANY_ONLY),
			("create_pool_with_fee", ANY_ONLY),
			("set_pool_fee", ANY_ONLY),
		],
	),
	(
		"Utility",
		&[
			("batch", N | C | G),
			("batch_all", N | C | G),
			("force_batch", N | C | G),
			("as_derivative", ANY_ONLY),
			("dispatch_as", ANY_ONLY),
			("with_weight", ANY_ONLY),
			("if_else", ANY_ONLY),
			("dispatch_as_fallible", ANY_ONLY),
		],
	),
	(
		"Sudo",
		&[
			("sudo", ANY_ONLY),
			("sudo_unchecked_weight", ANY_ONLY),
			("set_key", ANY_ONLY),
			("sudo_as", ANY_ONLY),
			("remove_key", ANY_ONLY),
		],
	),
	("Parameters", &[("set_parameter", ANY_ONLY)]),
	(
		"Preimage",
		&[
			("note_preimage", N | G),
			("unnote_preimage", N | G),
			("request_preimage", ANY_ONLY),
			("unrequest_preimage", ANY_ONLY),
			("ensure_updated", N | G),
		],
	),
	(
		"Scheduler",
		&[
			("schedule", ANY_ONLY),
			("cancel", ANY_ONLY),
			("schedule_named", ANY_ONLY),
			("cancel_named", ANY_ONLY),
			("schedule_after", ANY_ONLY),
			("schedule_named_after", ANY_ONLY),
			("set_retry", ANY_ONLY),
			("set_retry_named", ANY_ONLY),
			("cancel_retry", ANY_ONLY),
			("cancel_retry_named", ANY_ONLY),
		],
	),
	(
		"Referenda",
		&[
			("submit", G),
			("place_decision_deposit", G),
			("refund_decision_deposit", N | G),
			("cancel", ANY_ONLY),
			("kill", ANY_ONLY),
			("nudge_referendum", ANY_ONLY),
			("one_fewer_deciding", ANY_ONLY),
			("refund_submission_deposit", N | G),
			("set_metadata", N | G),
		],
	),
	(
		"Governance",
		&[
			("vote", N | G),
			("remove_vote", N | G),
			("remove_other_vote", N | G),
			("set_parameter", ANY_ONLY),
		],
	),
	(
		"Treasury",
		&[
			("spend_local", ANY_ONLY),
			("remove_approval", ANY_ONLY),
			("spend", ANY_ONLY),
			("payout", ANY_ONLY),
			("check_status", ANY_ONLY),
			("void_spend", ANY_ONLY),
		],
	),
	(
		"Proxy",
		&[
			("proxy", ANY_ONLY),
			("add_proxy", ANY_ONLY),
			("remove_proxy", ANY_ONLY),
			("remove_proxies", ANY_ONLY),
			("create_pure", ANY_ONLY),
			("kill_pure", ANY_ONLY),
			("announce", ANY_ONLY),
			("remove_announcement", ANY_ONLY),
			("reject_announcement", ANY_ONLY),
			("proxy_announced", ANY_ONLY),
			("poke_deposit", ANY_ONLY),
		],
	),
	(
		"Multisig",
		&[
			("as_multi_threshold_1", ANY_ONLY),
			("as_multi", ANY_ONLY),
			("approve_as_multi", ANY_ONLY),
			("cancel_as_multi", ANY_ONLY),
			("poke_deposit", ANY_ONLY),
		],
	),
	(
		"Identity",
		&[
			("add_registrar", ANY_ONLY),
			("set_identity", N),
			("set_subs", ANY_ONLY),
			("clear_identity", N),
			// Pays the registrar's fee.
			("request_judgement", ANY_ONLY),
			("cancel_request", N),
			("set_fee", N),
			// Moves the registrar's seat (and its fees) to another account.
			("set_account_id", ANY_ONLY),
			("set_fields", N),
			("provide_judgement", N),
			("kill_identity", ANY_ONLY),
			// Reserves a deposit that the sub takes with it when it quits.
			("add_sub", ANY_ONLY),
			("rename_sub", N),
			("remove_sub", N),
			("quit_sub", N),
			("add_username_authority", ANY_ONLY),
			("remove_username_authority", ANY_ONLY),
			("set_username_for", ANY_ONLY),
			("accept_username", N),
			("remove_expired_approval", N),
			("set_primary_username", N),
			("unbind_username", ANY_ONLY),
			("remove_username", ANY_ONLY),
			("kill_username", ANY_ONLY),
			("remove_registrar", ANY_ONLY),
		],
	),
	(
		"ComputeMarket",
		&[
			("register_worker", C),
			("update_worker", C),
			("pause_worker", N | C),
			("resume_worker", N | C),
			("leave", N | C),
			("withdraw_stake", N | C),
			// Escrows the account's money and pays a tip to whichever worker serves it.
			("submit_job", ANY_ONLY),
			("submit_receipt", ANY_ONLY),
			("submit_receipts", ANY_ONLY),
			// Bare, signed by the worker's atel key, as a receipt.
			("refuse_job", ANY_ONLY),
			("set_job_sizes", C),
			// A deposit the account can lose.
			("dispute_receipt", ANY_ONLY),
			("resolve_dispute", ANY_ONLY),
			// Bare, signed by the checker's atel key, as a receipt.
			("commit_check", ANY_ONLY),
			("reveal_check", ANY_ONLY),
			("dissent_check", ANY_ONLY),
			// Holds the checkers' fees, which the account can lose.
			("request_check", ANY_ONLY),
			// A nondeterministic service declared deterministic is proved wrong by every check:
			// a proxy that also controls checkers would be paid from its principal's stake.
			("set_answers", ANY_ONLY),
		],
	),
	(
		"Provenance",
		&[
			("register_dataset", N),
			("register_model", N),
			("mint_output", N),
			// Governance's origin: no signed account makes it.
			("add_style", ANY_ONLY),
			("set_model_styles", N),
		],
	),
	(
		"OracleOperators",
		// A bond is the principal's money, and a value or a withheld reveal can cost it: only
		// `Any` reports. Leaving and withdrawing return the bond to the principal.
		&[
			("register", ANY_ONLY),
			("bond_more", ANY_ONLY),
			("leave", N),
			("withdraw", N),
			("commit", ANY_ONLY),
			("reveal", ANY_ONLY),
		],
	),
	(
		"Royalties",
		// A listing is an offer anyone (the proxy's own account too) can take at its price.
		&[
			("list", ANY_ONLY),
			("unlist", N),
			("buy", ANY_ONLY),
			("record_external_sale", ANY_ONLY),
			("claim", N),
			("accept_external_sale", ANY_ONLY),
			("cancel_external_sale", N),
		],
	),
	(
		"ModelShares",
		// Shares are money: moving, offering or buying them, and issuing them (which sends the
		// principal's future income into a pool that transfers can share), are `Any`'s. A claim
		// pays the holder itself (and anyone may make it); a redemption ends a class the
		// principal wholly holds and pays it what the pools hold; a cancelled offer takes
		// nothing.
		&[
			("issue", ANY_ONLY),
			("transfer", ANY_ONLY),
			("claim", N),
			("redeem", N),
			("offer", ANY_ONLY),
			("cancel_offer", N),
			("buy", ANY_ONLY),
		],
	),
	(
		"Reputation",
		&[("stake", N), ("unstake", N), ("withdraw_unbonded", N), ("refresh", N | C | G)],
	),
	(
		"Attestation",
		&[
			// Bonds a challenge can take (to the challenger, in part).
			("apply_as_attestor", ANY_ONLY),
			("approve_attestor", ANY_ONLY),
			("leave", N),
			("withdraw_attestor", N),
			("attest", ANY_ONLY),
			("revoke", N),
			("bond_model", ANY_ONLY),
			("unbond_model", N),
			("withdraw_model_bond", N),
			// A bond the account loses if the challenge is rejected.
			("challenge", ANY_ONLY),
			("uphold", ANY_ONLY),
			("reject", ANY_ONLY),
			("lapse", N),
			("enforce", N),
			("lift", ANY_ONLY),
		],
	),
	("Reserve", &[("set_budget_line", ANY_ONLY), ("set_steering", ANY_ONLY)]),
];

/// `pallet-assets`' calls (the stablecoin's instance and the pool tokens'): every one moves,
/// creates, freezes or approves an asset, so only `Any` makes them.
const ASSETS_CALLS: &[(&str, u8)] = &[
	("create", ANY_ONLY),
	("force_create", ANY_ONLY),
	("start_destroy", ANY_ONLY),
	("destroy_accounts", ANY_ONLY),
	("destroy_approvals", ANY_ONLY),
	("finish_destroy", ANY_ONLY),
	("mint", ANY_ONLY),
	("burn", ANY_ONLY),
	("transfer", ANY_ONLY),
	("transfer_keep_alive", ANY_ONLY),
	("force_transfer", ANY_ONLY),
	("freeze", ANY_ONLY),
	("thaw", ANY_ONLY),
	("freeze_asset", ANY_ONLY),
	("thaw_asset", ANY_ONLY),
	("transfer_ownership", ANY_ONLY),
	("set_team", ANY_ONLY),
	("set_metadata", ANY_ONLY),
	("clear_metadata", ANY_ONLY),
	("force_set_metadata", ANY_ONLY),
	("force_clear_metadata", ANY_ONLY),
	("force_asset_status", ANY_ONLY),
	("approve_transfer", ANY_ONLY),
	("cancel_approval", ANY_ONLY),
	("force_cancel_approval", ANY_ONLY),
	("transfer_approved", ANY_ONLY),
	("touch", ANY_ONLY),
	("refund", ANY_ONLY),
	("set_min_balance", ANY_ONLY),
	("touch_other", ANY_ONLY),
	("refund_other", ANY_ONLY),
	("block", ANY_ONLY),
	("transfer_all", ANY_ONLY),
	("set_reserves", ANY_ONLY),
];

/// The limited proxy types that may make `call`, from [`PROXY_CALLS`]; `None` when the table
/// has no row for it.
pub fn proxy_decision(pallet: &str, call: &str) -> Option<u8> {
	PROXY_CALLS
		.iter()
		.find(|(name, _)| *name == pallet)
		.and_then(|(_, calls)| calls.iter().find(|(name, _)| *name == call))
		.map(|(_, allowed)| *allowed)
}

impl ProxyType {
	/// The bit this type has in [`PROXY_CALLS`] (`Any` has none: it may make every call).
	fn bit(&self) -> u8 {
		match self {
			ProxyType::Any => ANY_ONLY,
			ProxyType::NonTransfer => N,
			ProxyType::Compute => C,
			ProxyType::Governance => G,
		}
	}
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, c: &RuntimeCall) -> bool {
		if *self == ProxyType::Any {
			return true;
		}
		// A batch is allowed when every call in it is.
		if let RuntimeCall::Utility(
			pallet_utility::Call::batch { calls }
			| pallet_utility::Call::batch_all { calls }
			| pallet_utility::Call::force_batch { calls },
		) = c
		{
			return calls.iter().all(|call| self.filter(call));
		}
		let meta = c.get_call_metadata();
		proxy_decision(meta.pallet_name, meta.function_name)
			.is_some_and(|allowed| allowed & self.bit() != 0)
	}

	fn is_superset(&self, o: &Self) -> bool {
		match (self, o) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			// No limited type holds another's calls: a worker's key may stake the account as a
			// worker, a voter's key may place referendum deposits, and NonTransfer may do
			// neither (the runtime test `proxy_supersets_follow_the_table` checks it).
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
