//! A runtime for the pallet's tests: polls and reputation are small in-memory stand-ins with the
//! same contracts as `pallet-referenda` and `pallet-reputation` (the runtime tests use the real
//! ones).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{self as pallet_governance, ParameterError, ParameterStore, Points, PollIndex, Tally};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, PollStatus, Polling, VoteTally},
};
use scale_info::TypeInfo;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};
use std::collections::BTreeMap;

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
	pub type Governance = pallet_governance;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The most locks (open votes) an account holds in the stand-in reputation.
pub const MAX_LOCKS: u32 = 4;

#[derive(Default)]
pub struct State {
	/// Scores by account.
	pub scores: BTreeMap<AccountId, Points>,
	/// Polls open to votes (with their tallies) and ended ones.
	pub polls: BTreeMap<PollIndex, Poll>,
	/// Vote locks by account.
	pub locks: BTreeMap<AccountId, Vec<PollIndex>>,
	/// The two parameters: a floor and a ceiling.
	pub floor: u64,
	pub ceiling: u64,
}

#[derive(Clone)]
pub enum Poll {
	Ongoing(Tally<Test>),
	Completed(bool),
}

thread_local! {
	pub static STATE: RefCell<State> = RefCell::new(State::default());
}

pub fn set_score(who: AccountId, score: Points) {
	STATE.with(|s| s.borrow_mut().scores.insert(who, score));
}

pub fn open_poll(poll: PollIndex) {
	STATE.with(|s| s.borrow_mut().polls.insert(poll, Poll::Ongoing(Tally::from_parts(0, 0))));
}

pub fn end_poll(poll: PollIndex, approved: bool) {
	STATE.with(|s| s.borrow_mut().polls.insert(poll, Poll::Completed(approved)));
}

pub fn tally(poll: PollIndex) -> Tally<Test> {
	match STATE.with(|s| s.borrow().polls.get(&poll).cloned()) {
		Some(Poll::Ongoing(t)) => t,
		_ => panic!("poll {poll} is not open"),
	}
}

pub fn locks(who: AccountId) -> Vec<PollIndex> {
	STATE.with(|s| s.borrow().locks.get(&who).cloned().unwrap_or_default())
}

pub fn parameters() -> (u64, u64) {
	STATE.with(|s| (s.borrow().floor, s.borrow().ceiling))
}

/// Reputation's contract: weight is the score; the electorate the sum of scores; locks bounded.
pub struct MockReputation;
impl atelier_primitives::reputation::VoteStake<AccountId> for MockReputation {
	type PollIndex = PollIndex;
	fn vote_weight(who: &AccountId) -> Points {
		STATE.with(|s| s.borrow().scores.get(who).copied().unwrap_or(0))
	}
	fn total_weight() -> Points {
		STATE.with(|s| s.borrow().scores.values().sum())
	}
	fn lock_for_vote(who: &AccountId, poll: PollIndex) -> DispatchResult {
		STATE.with(|s| {
			let mut s = s.borrow_mut();
			let locks = s.locks.entry(*who).or_default();
			if locks.contains(&poll) {
				return Ok(());
			}
			if locks.len() as u32 >= MAX_LOCKS {
				return Err(DispatchError::Other("TooManyVoteLocks"));
			}
			locks.push(poll);
			Ok(())
		})
	}
	fn unlock_vote(who: &AccountId, poll: PollIndex) {
		STATE.with(|s| {
			if let Some(locks) = s.borrow_mut().locks.get_mut(who) {
				locks.retain(|p| *p != poll);
			}
		})
	}
}

/// Referenda's contract: an ongoing poll exposes its tally, an ended one does not.
pub struct MockPolls;
impl Polling<Tally<Test>> for MockPolls {
	type Index = PollIndex;
	type Votes = Points;
	type Class = u16;
	type Moment = u64;

	fn classes() -> Vec<u16> {
		vec![0]
	}

	fn as_ongoing(index: PollIndex) -> Option<(Tally<Test>, u16)> {
		match STATE.with(|s| s.borrow().polls.get(&index).cloned()) {
			Some(Poll::Ongoing(t)) => Some((t, 0)),
			_ => None,
		}
	}

	fn access_poll<R>(
		index: PollIndex,
		f: impl FnOnce(PollStatus<&mut Tally<Test>, u64, u16>) -> R,
	) -> R {
		Self::try_access_poll(index, |status| Ok::<R, DispatchError>(f(status))).unwrap()
	}

	fn try_access_poll<R>(
		index: PollIndex,
		f: impl FnOnce(PollStatus<&mut Tally<Test>, u64, u16>) -> Result<R, DispatchError>,
	) -> Result<R, DispatchError> {
		let poll = STATE.with(|s| s.borrow().polls.get(&index).cloned());
		match poll {
			Some(Poll::Ongoing(mut tally)) => {
				let r = f(PollStatus::Ongoing(&mut tally, 0))?;
				STATE.with(|s| s.borrow_mut().polls.insert(index, Poll::Ongoing(tally)));
				Ok(r)
			},
			Some(Poll::Completed(approved)) => f(PollStatus::Completed(1, approved)),
			None => f(PollStatus::None),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn create_ongoing(_class: u16) -> Result<PollIndex, ()> {
		let index = STATE.with(|s| s.borrow().polls.len() as PollIndex);
		open_poll(index);
		Ok(index)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn end_ongoing(index: PollIndex, approved: bool) -> Result<(), ()> {
		end_poll(index, approved);
		Ok(())
	}
}

/// Two parameters of the mock: a floor (at least 1) and a ceiling, the floor never above.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum MockParameter {
	Floor(u64),
	Ceiling(u64),
}

pub struct MockParameterStore;
impl ParameterStore<MockParameter> for MockParameterStore {
	fn check(key_value: &MockParameter) -> Result<(), ParameterError> {
		let (floor, ceiling) = parameters();
		let (floor, ceiling) = match *key_value {
			MockParameter::Floor(0) => return Err(ParameterError::OutOfRange),
			MockParameter::Floor(f) => (f, ceiling),
			MockParameter::Ceiling(c) => (floor, c),
		};
		if floor > ceiling {
			return Err(ParameterError::Inconsistent);
		}
		Ok(())
	}
	fn set(key_value: MockParameter) -> DispatchResult {
		STATE.with(|s| match key_value {
			MockParameter::Floor(f) => s.borrow_mut().floor = f,
			MockParameter::Ceiling(c) => s.borrow_mut().ceiling = c,
		});
		Ok(())
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for MockBenchmarkHelper {
	fn voter(seed: u32) -> AccountId {
		let who = 1_000 + AccountId::from(seed);
		set_score(who, 100);
		who
	}
	fn parameter() -> MockParameter {
		MockParameter::Ceiling(1_000)
	}
}

impl pallet_governance::Config for Test {
	type Metrics = ();
	type VoteStake = MockReputation;
	type Polls = MockPolls;
	type Parameters = MockParameter;
	type ParameterStore = MockParameterStore;
	type ParametersOrigin = pallet_governance::EnsureEconomicParameters;
	type MaxVotesPerAccount = ConstU32<MAX_LOCKS>;
	type MinElectorate = ConstU64<0>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CAROL: AccountId = 3;
pub const DAVE: AccountId = 4;

/// Alice 300, Bob 200, Carol 100, Dave nothing; polls 0 and 1 open; floor 1, ceiling 10.
pub fn new_test_ext() -> sp_io::TestExternalities {
	STATE.with(|s| *s.borrow_mut() = State::default());
	set_score(ALICE, 300);
	set_score(BOB, 200);
	set_score(CAROL, 100);
	open_poll(0);
	open_poll(1);
	STATE.with(|s| {
		s.borrow_mut().floor = 1;
		s.borrow_mut().ceiling = 10;
	});
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Builds the mock's state ([`new_test_ext`]).
#[derive(Default)]
pub struct ExtBuilder {}

impl ExtBuilder {
	/// The externalities of [`new_test_ext`].
	pub fn build(self) -> sp_io::TestExternalities {
		new_test_ext()
	}

	/// Builds, runs the test, and checks every invariant afterwards.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			crate::Pallet::<Test>::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// The tally's view, as referenda reads it.
pub fn support_and_approval(poll: PollIndex) -> (sp_runtime::Perbill, sp_runtime::Perbill) {
	let t = tally(poll);
	(
		<Tally<Test> as VoteTally<Points, u16>>::support(&t, 0),
		<Tally<Test> as VoteTally<Points, u16>>::approval(&t, 0),
	)
}
