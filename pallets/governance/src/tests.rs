//! The pallet's tests, each followed by the invariants (`mock::run`). Every dispatchable is also
//! called the way an attacker would: a second vote to count twice, a vote removed after the score
//! fell to take out more than was counted, someone else's vote pulled from an open poll, a lock
//! list filled, a parameter that breaks its relations.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use crate::{mock::*, Error, Event, Origin, Vote, VotingOf};
use frame_support::{assert_noop, assert_ok};
use frame_system::RawOrigin;
use sp_runtime::{DispatchError, Perbill};

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn last_event() -> RuntimeEvent {
	System::events().last().expect("an event").event.clone()
}

#[test]
fn a_vote_counts_the_voters_score_and_locks_its_stake() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		assert_ok!(Governance::vote(signed(CAROL), 0, false));
		let t = tally(0);
		assert_eq!((t.ayes, t.nays), (300, 100));
		assert_eq!(VotingOf::<Test>::get(0, ALICE), Some(Vote { aye: true, weight: 300 }));
		assert_eq!(locks(ALICE), vec![0]);
		assert_eq!(
			last_event(),
			Event::Voted { who: CAROL, poll: 0, aye: false, weight: 100 }.into()
		);
		// Approval 300 / 400; support 300 over the electorate of 600.
		assert_eq!(support_and_approval(0), (Perbill::from_percent(50), Perbill::from_percent(75)));
	});
}

#[test]
fn a_second_vote_replaces_the_first_and_never_counts_twice() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		assert_eq!((tally(0).ayes, tally(0).nays), (300, 0));
		// A changed side moves the weight across.
		assert_ok!(Governance::vote(signed(ALICE), 0, false));
		assert_eq!((tally(0).ayes, tally(0).nays), (0, 300));
		// A grown score counts at its new value, once.
		set_score(ALICE, 500);
		assert_ok!(Governance::vote(signed(ALICE), 0, false));
		assert_eq!((tally(0).ayes, tally(0).nays), (0, 500));
		assert_eq!(locks(ALICE), vec![0]);
	});
}

#[test]
fn no_score_no_vote() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Governance::vote(signed(DAVE), 0, true), Error::<Test>::NoVoteWeight);
		assert!(locks(DAVE).is_empty());
	});
}

#[test]
fn only_open_polls_take_votes() {
	ExtBuilder::default().build_and_execute(|| {
		assert_noop!(Governance::vote(signed(ALICE), 7, true), Error::<Test>::NotOngoing);
		end_poll(1, true);
		assert_noop!(Governance::vote(signed(ALICE), 1, true), Error::<Test>::NotOngoing);
		assert!(locks(ALICE).is_empty());
	});
}

#[test]
fn removing_a_vote_takes_out_what_was_counted_whatever_the_score_now() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		assert_ok!(Governance::vote(signed(BOB), 0, true));
		// Alice's score falls (a penalty): her removal takes out the 300 counted, not 10, so
		// the tally cannot keep a phantom 290; and a score that grew cannot take out Bob's.
		set_score(ALICE, 10);
		assert_ok!(Governance::remove_vote(signed(ALICE), 0));
		assert_eq!((tally(0).ayes, tally(0).nays), (200, 0));
		assert!(locks(ALICE).is_empty());
		assert_eq!(last_event(), Event::VoteRemoved { who: ALICE, poll: 0, weight: 300 }.into());
		assert_noop!(Governance::remove_vote(signed(ALICE), 0), Error::<Test>::NotVoted);
	});
}

#[test]
fn nobody_pulls_another_voters_vote_from_an_open_poll() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		assert_noop!(
			Governance::remove_other_vote(signed(BOB), ALICE, 0),
			Error::<Test>::PollOngoing
		);
		assert_eq!(tally(0).ayes, 300);
		// Once the poll ends, anyone tidies up and the lock goes.
		end_poll(0, true);
		assert_ok!(Governance::remove_other_vote(signed(BOB), ALICE, 0));
		assert!(locks(ALICE).is_empty());
		assert!(VotingOf::<Test>::get(0, ALICE).is_none());
		assert_noop!(Governance::remove_other_vote(signed(BOB), ALICE, 0), Error::<Test>::NotVoted);
	});
}

#[test]
fn a_voter_removes_its_own_vote_after_the_poll_ended() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		end_poll(0, false);
		assert_ok!(Governance::remove_vote(signed(ALICE), 0));
		assert!(locks(ALICE).is_empty());
	});
}

#[test]
fn a_full_lock_list_refuses_the_vote_and_changes_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		for poll in 10..10 + MAX_LOCKS {
			open_poll(poll);
			assert_ok!(Governance::vote(signed(ALICE), poll, true));
		}
		assert_noop!(
			Governance::vote(signed(ALICE), 0, true),
			DispatchError::Other("TooManyVoteLocks")
		);
		assert_eq!(tally(0).ayes, 0);
		assert!(VotingOf::<Test>::get(0, ALICE).is_none());
	});
}

#[test]
fn parameters_change_only_through_the_track_and_the_checks() {
	ExtBuilder::default().build_and_execute(|| {
		let economic: RuntimeOrigin = Origin::EconomicParameters.into();
		// Neither a signed account, Root, nor another track's origin.
		for origin in [signed(ALICE), RawOrigin::Root.into(), Origin::Treasurer.into()] {
			assert_noop!(
				Governance::set_parameter(origin, MockParameter::Ceiling(20)),
				DispatchError::BadOrigin
			);
		}
		assert_noop!(
			Governance::set_parameter(economic.clone(), MockParameter::Floor(0)),
			Error::<Test>::ParameterOutOfRange
		);
		assert_noop!(
			Governance::set_parameter(economic.clone(), MockParameter::Floor(11)),
			Error::<Test>::ParametersInconsistent
		);
		assert_noop!(
			Governance::set_parameter(economic.clone(), MockParameter::Ceiling(0)),
			Error::<Test>::ParametersInconsistent
		);
		assert_eq!(parameters(), (1, 10));
		assert_ok!(Governance::set_parameter(economic.clone(), MockParameter::Ceiling(20)));
		assert_ok!(Governance::set_parameter(economic, MockParameter::Floor(15)));
		assert_eq!(parameters(), (15, 20));
	});
}

#[test]
fn support_never_reads_above_the_votes_cast() {
	ExtBuilder::default().build_and_execute(|| {
		// The electorate lags (a record not written since it matured): support is capped by
		// the weight that voted, and approval of an empty tally is zero.
		assert_eq!(support_and_approval(0), (Perbill::zero(), Perbill::zero()));
		set_score(ALICE, 300);
		STATE.with(|s| s.borrow_mut().scores.retain(|who, _| *who == ALICE));
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		set_score(ALICE, 0);
		assert_eq!(support_and_approval(0), (Perbill::one(), Perbill::one()));
	});
}

#[test]
fn try_state_catches_a_tally_that_differs_from_its_votes() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Governance::vote(signed(ALICE), 0, true));
		assert!(crate::Pallet::<Test>::do_try_state().is_ok());
		VotingOf::<Test>::insert(0, BOB, Vote { aye: false, weight: 5 });
		assert!(crate::Pallet::<Test>::do_try_state().is_err());
		VotingOf::<Test>::insert(0, BOB, Vote { aye: false, weight: 0 });
		assert!(crate::Pallet::<Test>::do_try_state().is_err());
	});
}

#[test]
fn the_genesis_divisor_is_at_least_one() {
	use frame_support::traits::BuildGenesisConfig;
	ExtBuilder::default().build().execute_with(|| {
		crate::GenesisConfig::<Test> { track_period_divisor: 0, _config: Default::default() }
			.build();
		assert_eq!(crate::TrackPeriodDivisor::<Test>::get(), 1);
	});
}
