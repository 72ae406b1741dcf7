//! The pallet's tests: operators, rounds, medians, slashes, staleness and the attacks of
//! `docs/attacks.md` on the oracle.

use crate::{mock::*, *};
use atelier_primitives::activity::Offence;
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_runtime::{BoundedVec, Perbill};

fn register(who: AccountId) {
	assert_ok!(Oracle::register(RuntimeOrigin::signed(who), BOND));
}

fn values(pairs: &[(u32, Value)]) -> ValuesOf<Test> {
	BoundedVec::truncate_from(pairs.to_vec())
}

fn salt(who: AccountId) -> [u8; 32] {
	[who as u8; 32]
}

fn round() -> RoundIndex {
	CurrentRound::<Test>::get().unwrap().index
}

fn commit(who: AccountId, pairs: &[(u32, Value)]) {
	let hash = commitment(round(), &who, &values(pairs), &salt(who));
	assert_ok!(Oracle::commit(RuntimeOrigin::signed(who), round(), hash));
}

fn reveal(who: AccountId, pairs: &[(u32, Value)]) {
	assert_ok!(Oracle::reveal(RuntimeOrigin::signed(who), round(), values(pairs), salt(who)));
}

/// Runs to the first block of the reveal window.
fn to_reveals() {
	let round = CurrentRound::<Test>::get().unwrap();
	run_to_block(round.commit_ends + 1);
}

/// Runs to the block that closes the round (and opens the next).
fn to_close() {
	let round = CurrentRound::<Test>::get().unwrap();
	run_to_block(round.reveal_ends + 1);
}

/// A round in which each of `reports` commits and reveals its values.
fn play_round(reports: &[(AccountId, &[(u32, Value)])]) {
	for (who, pairs) in reports {
		commit(*who, pairs);
	}
	to_reveals();
	for (who, pairs) in reports {
		reveal(*who, pairs);
	}
	to_close();
}

fn bond_of(who: AccountId) -> Balance {
	Operators::<Test>::get(who).unwrap().bond
}

#[test]
fn operators_register_with_a_bond_add_to_it_leave_and_withdraw() {
	build_and_execute(|| {
		assert_noop!(
			Oracle::register(RuntimeOrigin::signed(1), MIN_BOND - 1),
			Error::<Test>::BondTooLow
		);
		register(2);
		register(1);
		assert_noop!(
			Oracle::register(RuntimeOrigin::signed(1), BOND),
			Error::<Test>::AlreadyRegistered
		);
		assert_eq!(OperatorList::<Test>::get().to_vec(), vec![1, 2]);
		assert_eq!(Balances::balance_on_hold(&HoldReason::OperatorBond.into(), &1), BOND);
		assert_ok!(Oracle::bond_more(RuntimeOrigin::signed(1), 500));
		assert_eq!(bond_of(1), BOND + 500);
		assert_noop!(Oracle::bond_more(RuntimeOrigin::signed(3), 1), Error::<Test>::NotAnOperator);

		assert_ok!(Oracle::leave(RuntimeOrigin::signed(1)));
		assert_eq!(OperatorList::<Test>::get().to_vec(), vec![2]);
		assert_noop!(Oracle::leave(RuntimeOrigin::signed(1)), Error::<Test>::Leaving);
		assert_noop!(Oracle::bond_more(RuntimeOrigin::signed(1), 1), Error::<Test>::Leaving);
		assert_noop!(Oracle::withdraw(RuntimeOrigin::signed(1)), Error::<Test>::StillBonded);
		assert_noop!(Oracle::withdraw(RuntimeOrigin::signed(2)), Error::<Test>::StillBonded);
		run_to_block(1 + UNBONDING);
		let free = Balances::free_balance(1);
		assert_ok!(Oracle::withdraw(RuntimeOrigin::signed(1)));
		assert_eq!(Balances::free_balance(1), free + BOND + 500);
		assert!(Operators::<Test>::get(1).is_none());
	});
}

#[test]
fn the_list_is_bounded() {
	build_and_execute(|| {
		for who in 1..=MAX_OPERATORS as u64 {
			register(who);
		}
		assert_noop!(
			Oracle::register(RuntimeOrigin::signed(MAX_OPERATORS as u64 + 1), BOND),
			Error::<Test>::TooManyOperators
		);
	});
}

#[test]
fn a_round_publishes_the_median_and_slashes_a_value_outside_the_band() {
	build_and_execute(|| {
		for who in 1..=4 {
			register(who);
		}
		assert_eq!(round(), 0);
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 102)]), (3, &[(7, 98)]), (4, &[(7, 200)])]);
		// The upper median of 98, 100, 102, 200; 200 lies beyond 10% of it.
		let feed = Feeds::<Test>::get(7).unwrap();
		assert_eq!((feed.value, feed.round, feed.reporters), (102, 0, 4));
		assert_eq!(Oracle::value(&7), Some(102));
		assert_eq!(bond_of(4), BOND - BOND / 10);
		assert_eq!(Balances::free_balance(RESERVE), ED + BOND / 10);
		// Reputation is told, once.
		assert_eq!(Offences::get(), vec![(4, Offence::OracleDeviation)]);
		for who in 1..=3 {
			assert_eq!(bond_of(who), BOND);
		}
		System::assert_has_event(
			Event::OperatorSlashed {
				operator: 4,
				amount: BOND / 10,
				reason: SlashReason::Deviation,
			}
			.into(),
		);
		// The next round opened in the closing block, and takes commitments.
		assert_eq!(round(), 1);
		assert!(Commitments::<Test>::iter().next().is_none());
		assert!(Reveals::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_key_without_a_quorum_publishes_nothing() {
	build_and_execute(|| {
		for who in 1..=3 {
			register(who);
		}
		play_round(&[(1, &[(7, 100), (8, 5)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		assert_eq!(Oracle::value(&7), Some(100));
		// Key 8 had one reporter: no feed, and nobody judged by it.
		assert_eq!(Oracle::value(&8), None);
		assert_eq!(bond_of(1), BOND);
	});
}

/// Attack: a cartel short of the quorum's majority reports an extreme value to move the
/// median. The median is the honest majority's, and the cartel is slashed.
#[test]
fn a_cartel_short_of_a_majority_does_not_move_the_median_and_is_slashed() {
	build_and_execute(|| {
		for who in 1..=5 {
			register(who);
		}
		play_round(&[
			(1, &[(7, 100)]),
			(2, &[(7, 101)]),
			(3, &[(7, 102)]),
			(4, &[(7, 1_000)]),
			(5, &[(7, 1_000)]),
		]);
		assert_eq!(Oracle::value(&7), Some(102));
		assert_eq!(bond_of(4), BOND - BOND / 10);
		assert_eq!(bond_of(5), BOND - BOND / 10);
	});
}

/// Attack: an operator copies another's value. Values are sealed until the commit window ends,
/// and a commitment names its operator: a copied commitment opens to nothing.
#[test]
fn an_operator_cannot_copy_anothers_value() {
	build_and_execute(|| {
		for who in 1..=3 {
			register(who);
		}
		commit(1, &[(7, 100)]);
		// Copying 1's commitment as its own: 2 cannot open it with 1's values.
		let copied = Commitments::<Test>::get(1).unwrap();
		assert_ok!(Oracle::commit(RuntimeOrigin::signed(2), round(), copied));
		// Nobody reveals during the commit window.
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(1), round(), values(&[(7, 100)]), salt(1)),
			Error::<Test>::NotRevealing
		);
		to_reveals();
		reveal(1, &[(7, 100)]);
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(2), round(), values(&[(7, 100)]), salt(1)),
			Error::<Test>::BadReveal
		);
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(2), round(), values(&[(7, 100)]), salt(2)),
			Error::<Test>::BadReveal
		);
		// And a commitment after the window is refused.
		assert_noop!(
			Oracle::commit(RuntimeOrigin::signed(3), round(), copied),
			Error::<Test>::NotCommitting
		);
	});
}

#[test]
fn commitments_and_reveals_are_checked_by_name() {
	build_and_execute(|| {
		register(1);
		assert_noop!(
			Oracle::commit(RuntimeOrigin::signed(9), 0, Default::default()),
			Error::<Test>::NotAnOperator
		);
		assert_noop!(
			Oracle::commit(RuntimeOrigin::signed(1), 1, Default::default()),
			Error::<Test>::WrongRound
		);
		commit(1, &[(8, 1), (9, 2)]);
		assert_noop!(
			Oracle::commit(RuntimeOrigin::signed(1), 0, Default::default()),
			Error::<Test>::AlreadyCommitted
		);
		to_reveals();
		register(2);
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(2), 0, values(&[(8, 1)]), salt(2)),
			Error::<Test>::NotCommitted
		);
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(1), 0, values(&[(9, 2), (8, 1)]), salt(1)),
			Error::<Test>::UnsortedKeys
		);
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(1), 0, values(&[(8, 1), (8, 1)]), salt(1)),
			Error::<Test>::UnsortedKeys
		);
		reveal(1, &[(8, 1), (9, 2)]);
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(1), 0, values(&[(8, 1), (9, 2)]), salt(1)),
			Error::<Test>::AlreadyRevealed
		);
		to_close();
		// The round closed: its reveals are judged, and a late one is for a past round.
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(1), 0, values(&[(8, 1)]), salt(1)),
			Error::<Test>::WrongRound
		);
	});
}

/// Attack: a stale feed keeps steering on an old value. A feed no round renews is returned
/// for `stale_rounds` rounds, then no more.
#[test]
fn a_feed_nobody_renews_goes_stale() {
	build_and_execute(|| {
		for who in 1..=3 {
			register(who);
		}
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		assert_eq!(Oracle::value(&7), Some(100));
		to_close();
		assert_eq!(Oracle::value(&7), Some(100));
		to_close();
		assert_eq!(round(), 3);
		assert_eq!(Oracle::value(&7), None);
		assert!(Feeds::<Test>::get(7).is_some());
	});
}

/// Attack: an operator stays silent, paid for a service it does not give. Three rounds without
/// a reveal cost 5% of its bond, and the count starts again.
#[test]
fn silence_for_three_rounds_is_slashed() {
	build_and_execute(|| {
		for who in 1..=4 {
			register(who);
		}
		// The round they registered in does not count.
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		assert_eq!(Operators::<Test>::get(4).unwrap().silent, 0);
		for _ in 0..2 {
			play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		}
		assert_eq!(Operators::<Test>::get(4).unwrap().silent, 2);
		assert_eq!(bond_of(4), BOND);
		assert!(Offences::get().is_empty());
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		assert_eq!(bond_of(4), BOND - BOND / 20);
		assert_eq!(Operators::<Test>::get(4).unwrap().silent, 0);
		assert_eq!(Offences::get(), vec![(4, Offence::OracleSilence)]);
		// A reveal resets the count.
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)]), (4, &[(7, 100)])]);
		assert_eq!(Operators::<Test>::get(4).unwrap().silent, 0);
		assert_eq!(bond_of(1), BOND);
	});
}

/// Attack: commit, wait for the others' reveals, and reveal only if they suit, or leave.
/// A withheld reveal costs what a deviation does, and no operator leaves while committed.
#[test]
fn a_withheld_reveal_costs_what_a_deviation_does_and_no_one_leaves_while_committed() {
	build_and_execute(|| {
		for who in 1..=5 {
			register(who);
		}
		commit(4, &[(7, 900)]);
		commit(5, &[(7, 900)]);
		// Leaving does not take a commitment out of the round: it waits for the close.
		assert_noop!(Oracle::leave(RuntimeOrigin::signed(5)), Error::<Test>::Committed);
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		assert_eq!(bond_of(4), BOND - BOND / 10);
		assert_eq!(bond_of(5), BOND - BOND / 10);
		System::assert_has_event(
			Event::OperatorSlashed {
				operator: 4,
				amount: BOND / 10,
				reason: SlashReason::Withheld,
			}
			.into(),
		);
		assert_eq!(Oracle::value(&7), Some(100));
		assert_eq!(
			Offences::get(),
			vec![(5, Offence::OracleDeviation), (4, Offence::OracleDeviation)]
		);
	});
}

#[test]
fn an_operator_slashed_below_the_least_bond_stops_reporting() {
	build_and_execute(|| {
		for who in 1..=4 {
			register(who);
		}
		Params::mutate(|p| p.deviation_slash = Perbill::from_percent(95));
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)]), (4, &[(7, 500)])]);
		assert_eq!(bond_of(4), BOND / 20);
		assert_eq!(OperatorList::<Test>::get().to_vec(), vec![1, 2, 3]);
		assert!(Operators::<Test>::get(4).unwrap().unbonds_at.is_some());
		assert_noop!(
			Oracle::commit(RuntimeOrigin::signed(4), round(), Default::default()),
			Error::<Test>::Leaving
		);
	});
}

/// Attack: register, commit and leave in one round, again and again, so that a round's
/// commitments (and the close's work) grow past the list's bound. No operator leaves while
/// committed: commitments stay within the list.
#[test]
fn no_operator_leaves_while_committed_so_a_round_stays_bounded() {
	build_and_execute(|| {
		for who in 1..=4 {
			register(who);
		}
		for who in 1..=4 {
			commit(who, &[(7, if who == 4 { 900 } else { 100 })]);
		}
		assert_noop!(Oracle::leave(RuntimeOrigin::signed(4)), Error::<Test>::Committed);
		to_reveals();
		for who in 1..=4 {
			reveal(who, &[(7, if who == 4 { 900 } else { 100 })]);
		}
		to_close();
		assert_eq!(bond_of(4), BOND - BOND / 10);
		assert_eq!(Oracle::value(&7), Some(100));
		// After the close it leaves.
		assert_ok!(Oracle::leave(RuntimeOrigin::signed(4)));
	});
}

/// Attack: stay quiet about everything that matters while avoiding the silence slash, with an
/// empty reveal or one of a key no one else reports.
#[test]
fn only_a_value_of_a_published_key_counts_against_silence() {
	build_and_execute(|| {
		for who in 1..=4 {
			register(who);
		}
		// Round 0 is the one they registered in: nobody is counted silent.
		to_close();
		commit(4, &[]);
		to_reveals();
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(4), round(), values(&[]), salt(4)),
			Error::<Test>::NoValues
		);
		to_close();
		// Withheld (it committed) and one silent round.
		assert_eq!(Operators::<Test>::get(4).unwrap().silent, 1);
		// A value of a key no quorum reports is no value.
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)]), (4, &[(8, 5)])]);
		assert_eq!(Operators::<Test>::get(4).unwrap().silent, 2);
		assert_eq!(Operators::<Test>::get(1).unwrap().silent, 0);
		// A key the runtime does not take is refused.
		commit(1, &[(1_000, 1)]);
		to_reveals();
		assert_noop!(
			Oracle::reveal(RuntimeOrigin::signed(1), round(), values(&[(1_000, 1)]), salt(1)),
			Error::<Test>::UnknownKey
		);
	});
}

/// Attack: half of a key's reporters set its value (the upper median of an even count) and
/// slash the other half. Of an even count, the two middle values must agree.
#[test]
fn half_the_reporters_of_a_key_neither_set_it_nor_slash_the_other_half() {
	build_and_execute(|| {
		for who in 1..=4 {
			register(who);
		}
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 101)]), (3, &[(7, 900)]), (4, &[(7, 900)])]);
		assert_eq!(Oracle::value(&7), None);
		for who in 1..=4 {
			assert_eq!(bond_of(who), BOND);
		}
	});
}

#[test]
fn an_operator_that_joins_after_the_commit_window_is_not_counted_silent() {
	build_and_execute(|| {
		Params::mutate(|p| p.silence_rounds = 1);
		for who in 1..=3 {
			register(who);
		}
		to_close();
		commit(1, &[(7, 100)]);
		commit(2, &[(7, 100)]);
		commit(3, &[(7, 100)]);
		to_reveals();
		register(4);
		reveal(1, &[(7, 100)]);
		reveal(2, &[(7, 100)]);
		reveal(3, &[(7, 100)]);
		to_close();
		assert_eq!(bond_of(4), BOND);
		// The next round counts.
		play_round(&[(1, &[(7, 100)]), (2, &[(7, 100)]), (3, &[(7, 100)])]);
		assert_eq!(bond_of(4), BOND - BOND / 20);
	});
}

/// Attack: fill every slot with idle operators so that no honest one can join. A larger bond
/// takes the smallest one's slot (never one that committed in the round).
#[test]
fn a_larger_bond_takes_the_smallest_slot_of_a_full_list() {
	build_and_execute(|| {
		for who in 1..=MAX_OPERATORS as u64 {
			register(who);
		}
		assert_ok!(Oracle::bond_more(RuntimeOrigin::signed(1), 1));
		// 8 and 7 have the smallest bonds; 8 committed, so 7 goes.
		commit(MAX_OPERATORS as u64, &[(7, 100)]);
		let newcomer = MAX_OPERATORS as u64 + 1;
		assert_noop!(
			Oracle::register(RuntimeOrigin::signed(newcomer), BOND),
			Error::<Test>::TooManyOperators
		);
		assert_ok!(Oracle::register(RuntimeOrigin::signed(newcomer), BOND + 1));
		let list = OperatorList::<Test>::get();
		assert!(list.contains(&newcomer) && !list.contains(&7) && list.contains(&8));
		assert!(Operators::<Test>::get(7).unwrap().unbonds_at.is_some());
	});
}

#[test]
fn try_state_catches_a_broken_list_and_a_bond_off_its_hold() {
	build_and_execute(|| {
		register(1);
		register(2);
		OperatorList::<Test>::put(BoundedVec::truncate_from(vec![2, 1]));
		assert!(Oracle::do_try_state().is_err());
		OperatorList::<Test>::put(BoundedVec::truncate_from(vec![1, 2]));
		Operators::<Test>::mutate(1, |o| o.as_mut().unwrap().bond = 1);
		assert!(Oracle::do_try_state().is_err());
		Operators::<Test>::mutate(1, |o| o.as_mut().unwrap().bond = BOND);
	});
}

#[test]
fn integrity_test_accepts_the_mock_and_params_are_checked() {
	new_test_ext().execute_with(|| {
		use frame_support::traits::Hooks;
		<Oracle as Hooks<u64>>::integrity_test();
		assert!(!OracleParams { quorum: 2, ..default_params() }.is_valid());
		assert!(!OracleParams { stale_rounds: 0, ..default_params() }.is_valid());
		assert!(!OracleParams { commit_blocks: 0, ..default_params() }.is_valid());
	});
}

#[test]
fn new_windows_reopen_a_round_nobody_has_committed_in() {
	build_and_execute(|| {
		register(1);
		let before = CurrentRound::<Test>::get().unwrap();
		let now = System::block_number();
		Params::mutate(|p| {
			p.commit_blocks = 3;
			p.reveal_blocks = 4;
		});
		assert!(Oracle::reopen_if_idle());
		let round = CurrentRound::<Test>::get().unwrap();
		assert_eq!(
			(round.index, round.commit_ends, round.reveal_ends),
			(before.index, now + 3, now + 7)
		);
		System::assert_last_event(
			Event::RoundOpened { round: round.index, commit_ends: now + 3, reveal_ends: now + 7 }
				.into(),
		);
		assert_eq!(round.opened_at, now);
		// The same windows again: nothing to reopen.
		assert!(!Oracle::reopen_if_idle());
		// Once a commitment is in, the round keeps its windows.
		commit(1, &[(7, 100)]);
		Params::mutate(|p| p.commit_blocks = 10);
		assert!(!Oracle::reopen_if_idle());
		assert_eq!(CurrentRound::<Test>::get(), Some(round));
	});
}

#[test]
fn the_migration_records_where_the_round_opened() {
	use crate::migrations::v1::{MigrateToV1, RoundV0};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		StorageVersion::new(0).put::<Oracle>();
		let old = RoundV0::<u64> { index: 4, commit_ends: 20, reveal_ends: 22 };
		frame_support::storage::unhashed::put_raw(
			&CurrentRound::<Test>::hashed_key(),
			&old.encode(),
		);
		MigrateToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Oracle::on_chain_storage_version(), 1);
		// The mock's commit window is 3 blocks.
		assert_eq!(
			CurrentRound::<Test>::get(),
			Some(Round { index: 4, commit_ends: 20, reveal_ends: 22, opened_at: 17 })
		);
	});
}
