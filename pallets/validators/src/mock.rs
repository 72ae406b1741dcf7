//! A test runtime: System, Balances, Assets (the stablecoin, created at genesis), the purse and
//! the validators pallet. Session keys, disabling, history, reputation scores and tiers, and the
//! offences reported are statics the tests read and set (reset by [`ExtBuilder::build`]).
//! `pallet-session` is not in it: [`rotate_session`] calls the session manager as
//! `pallet-session` does.

use crate as pallet_validators;
use crate::*;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_session::SessionManager;
use sp_runtime::{BuildStorage, Perbill, Weight};

pub type AccountId = u64;
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
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(3)]
	pub type Validators = pallet_validators;
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
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

impl pallet_purse::Config for Test {
	type Currency = Balances;
	type ReserveAccount = Reserve;
}

pub const ED: Balance = 1;
pub const RESERVE: AccountId = 999;
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
pub const FERDIE: AccountId = 6;
pub const INITIAL: Balance = 1_000_000;
/// The stablecoin validators are paid in, and its minimum balance.
pub const USD: AssetId = 1;
pub const MIN_USD: Balance = 10;
/// The least bond, and the bond the tests stand with.
pub const MIN_BOND: Balance = 1_000;
pub const BOND: Balance = 10_000;
pub const MAX_VALIDATORS: u32 = 6;
pub const MAX_CANDIDATES: u32 = 10;
pub const REPORT_WINDOW: SessionIndex = 3;
pub const UNBONDING: SessionIndex = 5;

/// Four seats, at least two validators, one new one a session, tier 1.
pub fn default_election() -> ElectionParams {
	ElectionParams {
		seats: 4,
		min_validators: 2,
		max_seat_changes: 1,
		min_bond: MIN_BOND,
		min_tier: 1,
	}
}

pub fn default_penalties() -> ValidatorPenalties {
	ValidatorPenalties {
		equivocation_slash: Perbill::from_percent(20),
		idle_slash: Perbill::from_percent(5),
	}
}

parameter_types! {
	pub const ValidatorsPalletId: PalletId = PalletId(*b"atl/vals");
	pub const Reserve: AccountId = RESERVE;
	pub const PayAsset: AssetId = USD;
	pub static Election: ElectionParams = default_election();
	pub static Penalties: ValidatorPenalties = default_penalties();
	/// Accounts with session keys.
	pub static SessionKeys: Vec<AccountId> = Vec::new();
	/// Validators disabled in the current session, with their severity.
	pub static Disabled: Vec<(AccountId, Perbill)> = Vec::new();
	/// Every `prune_history` call, in order.
	pub static Pruned: Vec<SessionIndex> = Vec::new();
	/// The current session's index.
	pub static CurrentSession: SessionIndex = 0;
	/// Reputation scores; any other account's is 0.
	pub static AccountScores: Vec<(AccountId, Points)> = Vec::new();
	/// Reputation tiers; any other account is at tier 0.
	pub static AccountTiers: Vec<(AccountId, Tier)> = Vec::new();
	/// The offences reported to reputation, in order.
	pub static Offences: Vec<(AccountId, Offence)> = Vec::new();
}

/// The session pallet, from the statics.
pub struct MockSession;
impl SessionInterface<AccountId> for MockSession {
	fn has_keys(who: &AccountId) -> bool {
		SessionKeys::get().contains(who)
	}
	fn disable(who: &AccountId, severity: Perbill) {
		Disabled::mutate(|d| d.push((*who, severity)));
	}
	fn is_disabled(who: &AccountId) -> bool {
		Disabled::get().iter().any(|(w, _)| w == who)
	}
	fn prune_history(up_to: SessionIndex) {
		Pruned::mutate(|p| p.push(up_to));
	}
	fn current_index() -> SessionIndex {
		CurrentSession::get()
	}
}

/// Reputation, from the statics.
pub struct MockReputation;
impl Scores<AccountId> for MockReputation {
	fn score(who: &AccountId) -> Points {
		AccountScores::get().into_iter().find(|(a, _)| a == who).map_or(0, |(_, s)| s)
	}
}
impl Tiers<AccountId> for MockReputation {
	fn tier(who: &AccountId) -> Tier {
		AccountTiers::get().into_iter().find(|(a, _)| a == who).map_or(0, |(_, t)| t)
	}
}

/// Records every offence in [`Offences`].
pub struct RecordingObserver;
impl Observer<AccountId> for RecordingObserver {
	fn created(_: &AccountId, _: atelier_primitives::activity::Creation) -> Weight {
		Weight::zero()
	}
	fn offended(who: &AccountId, offence: Offence) -> Weight {
		Offences::mutate(|o| o.push((*who, offence)));
		Weight::zero()
	}
	fn max_report_weight() -> Weight {
		Weight::zero()
	}
}

impl Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Purse = Purse;
	type Assets = Assets;
	type PayAsset = PayAsset;
	type PalletId = ValidatorsPalletId;
	type Scores = MockReputation;
	type Tiers = MockReputation;
	type Observer = RecordingObserver;
	type Session = MockSession;
	type Election = Election;
	type Penalties = Penalties;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MaxCandidates = ConstU32<MAX_CANDIDATES>;
	type UnbondingSessions = ConstU32<UNBONDING>;
	type ReportWindow = ConstU32<REPORT_WINDOW>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for MockHelper {
	fn set_keys(who: &AccountId) {
		give_keys(*who);
	}
	fn set_score(who: &AccountId, score: Points) {
		set_reputation(*who, score, 3);
	}
	fn fund_pot(pot: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		Assets::mint_into(USD, pot, amount).expect("the stablecoin exists from genesis");
	}
}

/// Registers session keys for `who`.
pub fn give_keys(who: AccountId) {
	SessionKeys::mutate(|k| {
		if !k.contains(&who) {
			k.push(who)
		}
	});
}

/// Purges `who`'s session keys.
pub fn purge_keys(who: AccountId) {
	SessionKeys::mutate(|k| k.retain(|a| *a != who));
}

/// Sets `who`'s reputation score and tier.
pub fn set_reputation(who: AccountId, score: Points, tier: Tier) {
	AccountScores::mutate(|s| {
		s.retain(|(a, _)| *a != who);
		s.push((who, score));
	});
	AccountTiers::mutate(|t| {
		t.retain(|(a, _)| *a != who);
		t.push((who, tier));
	});
}

/// Changes session as `pallet-session` does: `end_session(i)`, `start_session(i + 1)`,
/// `new_session(i + 2)`; the disabled validators are re-enabled with the new session. Returns
/// what the election returned.
pub fn rotate_session() -> Option<Vec<AccountId>> {
	let ending = CurrentSession::get();
	<Validators as SessionManager<AccountId>>::end_session(ending);
	CurrentSession::set(ending + 1);
	Disabled::take();
	<Validators as SessionManager<AccountId>>::start_session(ending + 1);
	<Validators as SessionManager<AccountId>>::new_session(ending + 2)
}

/// Rotates `n` sessions.
pub fn rotate_sessions(n: u32) {
	for _ in 0..n {
		rotate_session();
	}
}

/// `who` authors `blocks` blocks.
pub fn author(who: AccountId, blocks: u32) {
	for _ in 0..blocks {
		<Validators as pallet_authorship::EventHandler<AccountId, u64>>::note_author(who);
	}
}

/// Builds a test chain: funded accounts, the stablecoin, and genesis validators (Alice, Bob and
/// Charlie by default, with keys and tier 1).
pub struct ExtBuilder {
	validators: Vec<(AccountId, Balance)>,
	pot: Balance,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self { validators: vec![(ALICE, BOND), (BOB, BOND), (CHARLIE, BOND)], pot: 0 }
	}
}

impl ExtBuilder {
	/// These genesis validators instead.
	pub fn with_validators(mut self, validators: Vec<(AccountId, Balance)>) -> Self {
		self.validators = validators;
		self
	}

	/// This much stablecoin in the pot from genesis.
	pub fn with_pot(mut self, pot: Balance) -> Self {
		self.pot = pot;
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		Election::set(default_election());
		Penalties::set(default_penalties());
		SessionKeys::take();
		Disabled::take();
		Pruned::take();
		CurrentSession::set(0);
		AccountScores::take();
		AccountTiers::take();
		Offences::take();
		for (who, _) in &self.validators {
			give_keys(*who);
			set_reputation(*who, 1, 1);
		}
		let pot = Validators::pot();
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: (1..=30)
					.map(|who| (who, INITIAL))
					.chain([(RESERVE, ED), (pot, ED)])
					.collect(),
				..Default::default()
			},
			assets: pallet_assets::GenesisConfig {
				assets: vec![(USD, ALICE, true, MIN_USD)],
				metadata: vec![],
				accounts: if self.pot > 0 { vec![(USD, pot, self.pot)] } else { vec![] },
				next_asset_id: None,
				reserves: vec![],
			},
			validators: pallet_validators::GenesisConfig { validators: self.validators },
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
			Validators::do_try_state().expect("the pallet's invariants hold");
		});
	}
}
